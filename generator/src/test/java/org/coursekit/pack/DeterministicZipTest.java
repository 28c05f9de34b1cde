package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Same entries, same bytes: on rebuild, in any time zone; and no entry can escape its folder. */
class DeterministicZipTest {

  private static final Instant TIMESTAMP = Instant.parse("2026-11-25T10:15:30Z");

  @TempDir Path folder;

  @Test
  void writesEntriesSortedWithTheTimestampAsUtcLocalTimeAndNoExtraFields() throws IOException {
    Path zip = folder.resolve("a.zip");

    DeterministicZip.write(zip, entries(), TIMESTAMP);

    try (ZipFile file = new ZipFile(zip.toFile())) {
      List<ZipEntry> written =
          Collections.list(file.entries()).stream().map(e -> (ZipEntry) e).toList();
      assertThat(written)
          .extracting(ZipEntry::getName)
          .containsExactly("assets/b.css", "index.html", "modules/m01.html");
      // DOS times have two-second steps: 10:15:30 is kept exactly.
      assertThat(written)
          .allSatisfy(
              entry -> {
                assertThat(entry.getTimeLocal())
                    .isEqualTo(LocalDateTime.of(2026, 11, 25, 10, 15, 30));
                assertThat(entry.getExtra()).isNull();
                assertThat(entry.getComment()).isNull();
              });
    }
  }

  @Test
  void writesTheSameBytesTwice() throws IOException {
    Path first = folder.resolve("first.zip");
    Path second = folder.resolve("second.zip");

    DeterministicZip.write(first, entries(), TIMESTAMP);
    DeterministicZip.write(second, entries(), TIMESTAMP);

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void writesTheSameBytesInAnotherTimeZone() throws Exception {
    Path here = folder.resolve("here.zip");
    DeterministicZip.write(here, entries(), TIMESTAMP);

    for (String zone : List.of("Pacific/Kiritimati", "America/St_Johns")) {
      Path there = folder.resolve(zone.replace('/', '-') + ".zip");
      Forked.run(zone, ZipInAnotherJvm.class, there.toString(), TIMESTAMP.toString());
      assertThat(Files.readAllBytes(there)).as(zone).isEqualTo(Files.readAllBytes(here));
    }
  }

  @Test
  void withoutATimestampEveryEntryGetsTheEarliestZipTime() throws IOException {
    Path zip = folder.resolve("a.zip");

    DeterministicZip.write(zip, entries(), null);

    try (ZipFile file = new ZipFile(zip.toFile())) {
      assertThat(Collections.list(file.entries()))
          .allSatisfy(
              e -> assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0)));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../evil.html",
        "modules/../../evil.html",
        "/etc/passwd",
        "a\\b.html",
        "C:/x.html",
        "a//b.html",
        "./a.html",
        "folder/",
        ""
      })
  void refusesNamesThatCouldEscapeTheFolder(String name) {
    SortedMap<String, byte[]> entries = new TreeMap<>(entries());
    entries.put(name, new byte[0]);

    assertThatThrownBy(() -> DeterministicZip.write(folder.resolve("bad.zip"), entries, TIMESTAMP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a safe zip entry name");
    assertThat(folder.resolve("bad.zip")).doesNotExist();
  }

  static SortedMap<String, byte[]> entries() {
    SortedMap<String, byte[]> entries = new TreeMap<>();
    entries.put("modules/m01.html", "<p>Module</p>".getBytes(StandardCharsets.UTF_8));
    entries.put("index.html", "<p>Shell</p>".getBytes(StandardCharsets.UTF_8));
    entries.put("assets/b.css", "p{}".getBytes(StandardCharsets.UTF_8));
    return entries;
  }

  /** Writes {@link #entries()} as a zip in a JVM started with another default time zone. */
  static final class ZipInAnotherJvm {
    public static void main(String[] args) throws IOException {
      DeterministicZip.write(Path.of(args[0]), entries(), Instant.parse(args[1]));
    }
  }

  /** Runs a main class of the test class path in a new JVM with another default time zone. */
  static final class Forked {
    private Forked() {}

    static void run(String timeZone, Class<?> main, String... args) throws Exception {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Duser.timezone=" + timeZone);
      String exampleCourse = System.getProperty("coursekit.exampleCourse");
      if (exampleCourse != null) {
        command.add("-Dcoursekit.exampleCourse=" + exampleCourse);
      }
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(main.getName());
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as("forked JVM output:\n" + log).isZero();
    }
  }
}
