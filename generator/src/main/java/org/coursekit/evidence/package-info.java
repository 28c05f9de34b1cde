/**
 * The accreditation evidence bundle of a release ({@link org.coursekit.evidence.EvidenceBundle}): a
 * deterministic zip with a self-contained index.html, provenance.json with the SHA-256 of every
 * package, the validation report and the program's own files.
 */
package org.coursekit.evidence;
