package org.coursekit.yaml;

import java.util.List;
import java.util.Locale;

/**
 * Plain-language explanations of SnakeYAML's syntax errors, for authors who have never read the
 * YAML specification: what is wrong, in their words, and what to do about it.
 */
final class SyntaxHelp {

  /** One kind of problem: recognised by a fragment of SnakeYAML's context or problem text. */
  private record Kind(String fragment, String what, String fix) {}

  private static final String INDENTATION_AND_QUOTES =
      "Check the indentation (entries of one mapping line up exactly, using spaces) and that"
          + " text containing `: ` or starting with a special character such as `[`, `{`, `*`,"
          + " `&` or `#` is quoted, e.g. `title: \"Step 1: check the label\"`.";

  /** Checked in order; the first match wins. */
  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "quoted scalar",
              "a quoted text is never closed",
              "A text that starts with a quote (\" or ') must end with the same quote."),
          new Kind("\\t", "a tab is used for indentation", "Indent with spaces, not tabs."),
          new Kind(
              "undefined alias",
              "a `*` starts an alias that has no matching `&` anchor",
              "Put text that starts with `*` in quotes, e.g. `text: \"*important*\"`."),
          new Kind(
              "another document",
              "a `---` line starts a second YAML document",
              "This file must hold only one; remove the extra `---` line."),
          new Kind(
              "mapping values are not allowed",
              "a `: ` appears where YAML does not expect a new key",
              INDENTATION_AND_QUOTES),
          new Kind(
              "expected <block end>",
              "this line is indented differently from the lines around it",
              INDENTATION_AND_QUOTES),
          new Kind(
              "could not find expected ':'",
              "a line has no `: ` between its key and value, or is indented wrongly",
              INDENTATION_AND_QUOTES),
          new Kind(
              "flow",
              "a `[` or `{` is not closed, or a text inside it needs quotes",
              "Close every bracket on the line it belongs to, and quote texts containing `,`,"
                  + " `[`, `]`, `{` or `}`."));

  private SyntaxHelp() {}

  /** A full message for the problem SnakeYAML described as {@code context} and {@code problem}. */
  static String message(String context, String problem) {
    String searched = (context + " " + problem).toLowerCase(Locale.ROOT);
    Kind kind =
        KINDS.stream()
            .filter(k -> searched.contains(k.fragment().toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElse(
                new Kind("", "the text does not follow the YAML syntax", INDENTATION_AND_QUOTES));
    return "The YAML cannot be read here: "
        + kind.what()
        + ". "
        + kind.fix()
        + " (YAML parser: "
        + problem
        + ")";
  }
}
