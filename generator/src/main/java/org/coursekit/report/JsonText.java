package org.coursekit.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;

/**
 * The one JSON layout of every report: two-space indents, {@code "key": value}, LF line endings on
 * every platform and a final newline, keys in insertion order, so equal trees give equal bytes.
 */
public final class JsonText {

  private static final String LF = "\n";
  // ObjectWriter is immutable and thread-safe, so sharing it is safe.
  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", LF))
                  .withArrayIndenter(new DefaultIndenter("  ", LF)));

  private JsonText() {}

  /** The text of {@code tree}, ending with a line feed. */
  public static String of(JsonNode tree) {
    try {
      return WRITER.writeValueAsString(tree) + LF;
    } catch (IOException e) {
      // A tree of strings and numbers always serialises; this would be a Jackson defect.
      throw new IllegalStateException("Cannot write a report as JSON", e);
    }
  }
}
