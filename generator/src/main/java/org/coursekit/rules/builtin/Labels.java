package org.coursekit.rules.builtin;

import java.util.List;
import java.util.Objects;
import org.coursekit.model.CourseModule;

/** How messages name things: ids in backticks, long texts shortened. */
final class Labels {

  private static final int QUOTE_LIMIT = 70;
  private static final int SHORTEST_CUT = 40;

  private Labels() {}

  /** {@code `id`}. */
  static String code(String id) {
    return "`" + id + "`";
  }

  /** {@code `m01-receipt`}, or the module's file when it has no id. */
  static String module(CourseModule module) {
    return code(Objects.requireNonNullElse(module.id(), module.file()));
  }

  /** {@code `a`, `b` and `c`}. */
  static String codes(List<String> ids) {
    return codes(ids, "and");
  }

  /** {@code `a`, `b` or `c`} with {@code conjunction} "or". */
  static String codes(List<String> ids, String conjunction) {
    List<String> quoted = ids.stream().map(Labels::code).toList();
    if (quoted.size() <= 1) {
      return String.join("", quoted);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1))
        + " "
        + conjunction
        + " "
        + quoted.get(quoted.size() - 1);
  }

  /** A text in quotes, on one line and cut to a readable length. */
  static String quote(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    if (line.length() > QUOTE_LIMIT) {
      String cut = line.substring(0, QUOTE_LIMIT - 1);
      int space = cut.lastIndexOf(' ');
      // Cut between words unless that would leave too little to recognise the text.
      line = (space >= SHORTEST_CUT ? cut.substring(0, space) : cut).strip() + "…";
    }
    return "\"" + line + "\"";
  }
}
