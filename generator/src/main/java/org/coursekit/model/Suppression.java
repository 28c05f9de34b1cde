package org.coursekit.model;

import org.coursekit.diag.SourceRef;

/** A {@code lint.ignore} entry: a rule switched off for one file, with the author's reason. */
public record Suppression(String rule, String reason, SourceRef at) {}
