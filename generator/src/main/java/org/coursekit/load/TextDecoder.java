package org.coursekit.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;

/**
 * Decodes course files as strict UTF-8 and normalises them: no byte-order mark, every line break a
 * single LF. Positions are computed on the normalised text, so a file saved with CRLF line endings
 * reports the same lines and columns as the LF version.
 */
final class TextDecoder {

  private TextDecoder() {}

  /**
   * The text of {@code bytes}, or empty after an FMT-001 error at the first byte that is not UTF-8.
   */
  static Optional<String> decode(byte[] bytes, String file, Consumer<Finding> report) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never decodes to more chars than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    String decoded = out.flip().toString();
    if (result.isError()) {
      int badByte = bytes[in.position()] & 0xFF;
      report.accept(
          Finding.error(
              "FMT-001",
              positionAtEnd(normalise(decoded), file),
              String.format(
                  Locale.ROOT,
                  "This file is not UTF-8 text: the byte 0x%02X here cannot be read. Save the file"
                      + " with the UTF-8 encoding (in most editors: \"Save with encoding\" or"
                      + " \"Encoding\" > \"UTF-8\").",
                  badByte)));
      return Optional.empty();
    }
    return Optional.of(normalise(decoded));
  }

  /** Strips a leading byte-order mark and turns CRLF and lone CR line breaks into LF. */
  static String normalise(String text) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The position just after the last character of {@code text}. */
  private static SourceRef positionAtEnd(String text, String file) {
    int lastBreak = text.lastIndexOf('\n');
    int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
    String lastLine = text.substring(lastBreak + 1);
    return new SourceRef(file, line, lastLine.codePointCount(0, lastLine.length()) + 1);
  }
}
