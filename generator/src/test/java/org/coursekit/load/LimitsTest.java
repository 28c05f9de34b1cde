package org.coursekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coursekit.load.Fixtures.positions;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or pathological input ends quickly with findings, never with an exception. */
class LimitsTest {

  @TempDir Path temp;

  @Test
  void aliasBombsEndQuicklyWithAFinding() {
    LoadResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> new CourseLoader().load(Fixtures.course("alias-bomb")));

    assertThat(positions(result.findings()))
        .containsExactly("people.yml:1:1 FMT-002 error", "program.yml:1:1 FMT-002 error");
    // program.yml: a billion laughs, stopped by the alias limit while composing.
    assertThat(result.findings().get(1).message()).contains("more than 50 aliases");
    // people.yml: under the alias limit but expanding to millions of values.
    assertThat(result.findings().get(0).message()).contains("expand to more values");
    assertThat(result.course().program()).isNull();
    assertThat(result.course().people()).isEmpty();
  }

  @Test
  void aParserThatGivesUpOnPathologicalMarkdownBecomesAFindingAtTheFile() throws IOException {
    Files.writeString(temp.resolve("program.yml"), "id: deep\n");
    Files.createDirectories(temp.resolve("modules"));
    // 100,000 nested block quotes exhaust the stack of commonmark's recursive tree walkers.
    String quotes = ">".repeat(100_000);
    Files.writeString(
        temp.resolve("modules/m01-deep.md"), "---\nid: m01-deep\n---\n" + quotes + " x\n");
    Files.writeString(temp.resolve("modules/m02-fine.md"), "---\nid: m02-fine\n---\n# Fine\n");

    LoadResult result =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new CourseLoader().load(temp));

    assertThat(positions(result.findings()))
        .containsExactly("modules/m01-deep.md:1:1 FMT-002 error");
    assertThat(result.findings().get(0).message()).contains("could not finish reading this file");
    assertThat(result.course().program().id()).isEqualTo("deep");
    assertThat(result.course().modules()).extracting(m -> m.id()).containsExactly("m02-fine");
  }

  @Test
  void aMissingCourseFolderIsAnIoProblemNotAFinding() {
    assertThatThrownBy(() -> new CourseLoader().load(temp.resolve("nowhere")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
