package org.coursekit.load;

import java.util.Optional;
import java.util.function.Consumer;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;

/**
 * A module file split at its front matter: the YAML between the opening {@code ---} (the first
 * line) and the closing {@code ---} or {@code ...}, and the Markdown after it. The YAML always
 * starts on file line 2, so its line offset is {@link #YAML_LINE_OFFSET}.
 *
 * @param yaml the front-matter lines without the delimiter lines; empty when the file has no usable
 *     front matter (reported)
 * @param body the text after the closing line, or the whole text when the front matter is missing
 * @param bodyLine the 1-based file line on which {@code body} starts
 */
record FrontMatter(Optional<String> yaml, String body, int bodyLine) {

  static final int YAML_LINE_OFFSET = 1;

  private static final String DELIMITER = "---";
  private static final String END_OF_DOCUMENT = "...";

  /**
   * Splits normalised (LF) module text; reports FMT-002 at line 1 when the text does not start with
   * front matter (then all of it is body) or when the front matter is never closed (then there is
   * no body: the rest of the file cannot be told apart from YAML).
   */
  static FrontMatter split(String text, String file, Consumer<Finding> report) {
    int firstBreak = text.indexOf('\n');
    String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
    if (!firstLine.stripTrailing().equals(DELIMITER)) {
      report.accept(
          Finding.error(
              "FMT-002",
              SourceRef.startOf(file),
              "A module file must start with its front matter: a line `---`, the module's YAML"
                  + " (id, title, duration_minutes, objectives…), then another line `---`, and"
                  + " only then the Markdown text. Add the front matter above the first line."));
      return new FrontMatter(Optional.empty(), text, 1);
    }
    int lineStart = firstBreak + 1;
    int line = 2;
    while (firstBreak >= 0) {
      int lineEnd = text.indexOf('\n', lineStart);
      int end = lineEnd < 0 ? text.length() : lineEnd;
      String current = text.substring(lineStart, end).stripTrailing();
      if (current.equals(DELIMITER) || current.equals(END_OF_DOCUMENT)) {
        String yaml = text.substring(firstBreak + 1, lineStart);
        String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
        return new FrontMatter(Optional.of(yaml), body, line + 1);
      }
      if (lineEnd < 0) {
        break;
      }
      lineStart = lineEnd + 1;
      line++;
    }
    report.accept(
        Finding.error(
            "FMT-002",
            SourceRef.startOf(file),
            "The front matter that starts on line 1 is never closed. Add a line `---` after its"
                + " last YAML line, before the Markdown text."));
    return new FrontMatter(Optional.empty(), "", line + 1);
  }
}
