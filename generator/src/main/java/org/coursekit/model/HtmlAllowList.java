package org.coursekit.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The raw HTML a course allows beyond CourseKit's safe default ({@code html.allow} in
 * coursekit.yml): extra element names and, per element, extra attribute names. Names are lower
 * case; the loader has already refused what can never be allowed (script, event handlers).
 *
 * @param tags element names, e.g. {@code iframe}
 * @param attributes attribute names by element name, e.g. {@code iframe: [src, title]}
 */
public record HtmlAllowList(List<String> tags, Map<String, List<String>> attributes) {

  /** Nothing beyond the default. */
  public static final HtmlAllowList NONE = new HtmlAllowList(List.of(), Map.of());

  public HtmlAllowList {
    tags = List.copyOf(tags);
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    attributes.forEach((tag, names) -> sorted.put(tag, List.copyOf(names)));
    attributes = Collections.unmodifiableMap(sorted);
  }

  public boolean isEmpty() {
    return tags.isEmpty() && attributes.isEmpty();
  }
}
