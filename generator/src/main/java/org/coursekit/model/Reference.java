package org.coursekit.model;

import org.coursekit.diag.SourceRef;

/** A cited source: {@code {citation, year, url | doi, version}}. */
public record Reference(
    String citation, Integer year, String url, String doi, String version, SourceRef at) {}
