package org.coursekit.model;

import org.coursekit.diag.SourceRef;

/** A glossary term with its optional abbreviation and its definition. */
public record GlossaryEntry(String term, String abbreviation, String definition, SourceRef at) {}
