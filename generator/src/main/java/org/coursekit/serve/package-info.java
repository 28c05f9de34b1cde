/**
 * The local preview ({@link org.coursekit.serve.PreviewServer}): the JDK's HTTP server on
 * 127.0.0.1, a recursive file watcher that rebuilds the site on save, live reload over Server-Sent
 * Events, and a page script (resources {@code org/coursekit/serve/preview.*}) that shows findings
 * and an LMS panel. Nothing here reaches the published site or the packages.
 */
package org.coursekit.serve;
