package org.coursekit.model;

import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlMap;

/**
 * A program-level intended learning outcome. {@code domain} is {@code cognitive} unless the author
 * said otherwise; {@code condition} and {@code criterion} are optional (ABCD objectives).
 */
public record Outcome(
    String id,
    String text,
    String bloomLevel,
    String domain,
    boolean performance,
    String condition,
    String criterion,
    SourceRef at,
    YamlMap source) {}
