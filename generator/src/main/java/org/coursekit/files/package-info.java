/** File-system helpers shared by the site, package and baseline builds. */
package org.coursekit.files;
