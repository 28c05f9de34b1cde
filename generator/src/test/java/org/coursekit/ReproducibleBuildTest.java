package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same sources, same bytes: two builds of the example course are identical, file for file. */
class ReproducibleBuildTest {

  @Test
  void twoBuildsWriteIdenticalBytes(@TempDir Path first, @TempDir Path second) throws Exception {
    BuildReport a = ExampleCourse.buildSite(first);
    BuildReport b = ExampleCourse.buildSite(second);

    assertThat(a.written()).isEqualTo(b.written());
    Map<String, byte[]> left = contents(first);
    Map<String, byte[]> right = contents(second);
    assertThat(left.keySet()).isEqualTo(right.keySet()).hasSizeGreaterThan(5);
    left.forEach((file, bytes) -> assertThat(right.get(file)).as(file).isEqualTo(bytes));
  }

  @Test
  void rebuildingIntoAnOldOutputReplacesItCompletely(@TempDir Path output) throws Exception {
    Path stale = output.resolve("site/modules/removed-module.html");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "stale");

    ExampleCourse.buildSite(output);

    assertThat(stale).doesNotExist();
    assertThat(output.resolve("site/index.html")).isRegularFile();
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
