package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.coursekit.rules.CourseFixture;

/**
 * Replaces a whole YAML key with its nested lines in a fixture file, so tests do not depend on the
 * exact wording of long values in the example course.
 */
final class YamlBlocks {

  private YamlBlocks() {}

  /**
   * Replaces the first line starting with {@code key:} (indentation included, e.g. {@code "
   * level"}) and every following line indented deeper with {@code replacement} (lines ending in LF,
   * or "").
   */
  static CourseFixture replace(CourseFixture course, String file, String key, String replacement) {
    List<String> lines = new ArrayList<>(course.read(file).lines().toList());
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      if (lines.get(i).startsWith(key + ":")) {
        start = i;
      }
    }
    assertThat(start).as("line starting with '%s:' in %s", key, file).isNotNegative();
    int indent = key.length() - key.stripLeading().length();
    int end = start + 1;
    while (end < lines.size() && deeper(lines.get(end), indent)) {
      end++;
    }
    StringBuilder text = new StringBuilder();
    lines.subList(0, start).forEach(line -> text.append(line).append('\n'));
    text.append(replacement);
    lines.subList(end, lines.size()).forEach(line -> text.append(line).append('\n'));
    return course.write(file, text.toString());
  }

  /** Removes the {@code count} lines that follow the line {@code anchor} (which occurs once). */
  static CourseFixture removeLinesAfter(
      CourseFixture course, String file, String anchor, int count) {
    String text = course.read(file);
    int start = text.indexOf(anchor + "\n");
    assertThat(start).as("line '%s' in %s", anchor, file).isNotNegative();
    int from = start + anchor.length() + 1;
    int to = from;
    for (int i = 0; i < count; i++) {
      to = text.indexOf('\n', to) + 1;
    }
    return course.write(file, text.substring(0, from) + text.substring(to));
  }

  static CourseFixture remove(CourseFixture course, String file, String key) {
    return replace(course, file, key, "");
  }

  private static boolean deeper(String line, int indent) {
    int own = line.length() - line.stripLeading().length();
    return !line.isBlank() && own > indent;
  }
}
