package org.coursekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.load.Fixtures.positions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings and line endings: strict UTF-8, no BOM in the way, CRLF positions equal LF ones. */
class SourceTextTest {

  @TempDir Path temp;

  @Test
  void crlfFilesGiveTheSamePositionsAndModelAsLfFiles() throws IOException {
    for (String fixture : List.of("broken-modules", "broken-program", "valid-course")) {
      Path lf = Fixtures.course(fixture);
      Path crlf = copyWithCrlf(lf, temp.resolve(fixture));

      LoadResult fromLf = new CourseLoader().load(lf);
      LoadResult fromCrlf = new CourseLoader().load(crlf);

      assertThat(fromCrlf.findings()).as(fixture).isEqualTo(fromLf.findings());
      assertThat(fromCrlf.course().program()).as(fixture).isEqualTo(fromLf.course().program());
      assertThat(fromCrlf.course().modules()).as(fixture).isEqualTo(fromLf.course().modules());
      assertThat(fromCrlf.course().items()).as(fixture).isEqualTo(fromLf.course().items());
    }
  }

  @Test
  void crlfCopyReallyHasCarriageReturns() throws IOException {
    Path crlf = copyWithCrlf(Fixtures.course("broken-modules"), temp.resolve("copy"));
    assertThat(Files.readString(crlf.resolve("modules/m01-front.md")))
        .contains("---\r\nid: m01-front\r\n");
  }

  @Test
  void aFileThatIsNotUtf8IsReportedAtTheFirstBadByte() throws IOException {
    Files.writeString(temp.resolve("program.yml"), "id: latin1\n");
    Files.createDirectories(temp.resolve("modules"));
    byte[] latin1 =
        bytes(
            "---\nid: m01-latin1\ntitle: Caf\u00e9 ",
            new byte[] {(byte) 0xE9},
            "t\u00e9\n---\nText.\n");
    Files.write(temp.resolve("modules/m01-latin1.md"), latin1);

    LoadResult result = new CourseLoader().load(temp);

    // Line 3 is "title: Café " (12 characters, 13 bytes) before the Latin-1 byte 0xE9.
    assertThat(positions(result.findings()))
        .containsExactly("modules/m01-latin1.md:3:13 FMT-001 error");
    assertThat(result.findings().get(0).message())
        .contains("not UTF-8")
        .contains("0xE9")
        .contains("Save the file");
    assertThat(result.course().modules()).isEmpty();
  }

  @Test
  void aNonUtf8ByteHasTheSamePositionWithCrlf() throws IOException {
    Files.writeString(temp.resolve("program.yml"), "id: latin1\r\nbad: \r\n");
    byte[] bad = bytes("id: latin1\r\ntitle: x\r\npurpose: ", new byte[] {(byte) 0xFF}, "\r\n");
    Files.write(temp.resolve("program.yml"), bad);

    LoadResult result = new CourseLoader().load(temp);

    assertThat(positions(result.findings())).containsExactly("program.yml:3:10 FMT-001 error");
    assertThat(result.course().program()).isNull();
  }

  @Test
  void aByteOrderMarkIsIgnored() throws IOException {
    Files.write(temp.resolve("program.yml"), bytes("\uFEFFid: with-bom\ncolor: red\n"));

    LoadResult result = new CourseLoader().load(temp);

    assertThat(result.course().program().id()).isEqualTo("with-bom");
    assertThat(positions(result.findings())).containsExactly("program.yml:2:1 FMT-004 warning");
  }

  private static byte[] bytes(String before, byte[] raw, String after) {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + raw.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(raw, 0, all, head.length, raw.length);
    System.arraycopy(tail, 0, all, head.length + raw.length, tail.length);
    return all;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Copies a fixture course, turning every LF of its .md and .yml files into CRLF. */
  private static Path copyWithCrlf(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(
          source -> {
            Path target = to.resolve(from.relativize(source).toString());
            try {
              if (Files.isDirectory(source)) {
                Files.createDirectories(target);
              } else if (source.toString().endsWith(".md") || source.toString().endsWith(".yml")) {
                String text = Files.readString(source);
                Files.writeString(target, text.replace("\n", "\r\n"));
              } else {
                Files.copy(source, target);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return to;
  }
}
