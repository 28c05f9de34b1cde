package org.coursekit.model;

import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlMap;

/**
 * A program-level intended learning outcome. {@code domain} is {@code cognitive} unless the author
 * said otherwise.
 */
public record Outcome(
    String id,
    String text,
    String bloomLevel,
    String domain,
    boolean performance,
    SourceRef at,
    YamlMap source) {}
