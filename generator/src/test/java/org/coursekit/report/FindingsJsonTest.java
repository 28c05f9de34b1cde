package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsJsonTest {

  private static final List<Finding> TWO =
      List.of(
          Finding.error(
              "GEN-001",
              new SourceRef("modules/m01-receipt.md", 12, 7),
              "`supports` refers to outcome `PO-9`, which is not defined. Did you mean `PO-1`?"),
          Finding.warning(
              "FMT-004",
              new SourceRef("program.yml", 3, 1),
              "Unknown key \"titel\" — did you mean `title`? Quotes \"and\" \\ stay escaped."));

  private static final String TWO_JSON =
      """
      {
        "findings": [
          {
            "rule": "GEN-001",
            "severity": "error",
            "file": "modules/m01-receipt.md",
            "line": 12,
            "column": 7,
            "message": "`supports` refers to outcome `PO-9`, which is not defined. Did you mean `PO-1`?"
          },
          {
            "rule": "FMT-004",
            "severity": "warning",
            "file": "program.yml",
            "line": 3,
            "column": 1,
            "message": "Unknown key \\"titel\\" — did you mean `title`? Quotes \\"and\\" \\\\ stay escaped."
          }
        ]
      }
      """;

  @Test
  void writesTheGoldenTextForTwoFindings() {
    assertThat(FindingsJson.toJson(TWO)).isEqualTo(TWO_JSON);
  }

  @Test
  void writesAnEmptyReport() {
    assertThat(FindingsJson.toJson(List.of())).isEqualTo("{\n  \"findings\": []\n}\n");
  }

  @Test
  void roundTripsThroughJson() throws IOException {
    assertThat(FindingsJson.fromJson(FindingsJson.toJson(TWO))).isEqualTo(TWO);
  }

  @Test
  void writesUtf8WithLineFeedsIntoNewFolders(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("target/coursekit/reports/findings.json");

    FindingsJson.write(TWO, file);

    byte[] bytes = Files.readAllBytes(file);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(TWO_JSON);
    assertThat(bytes).doesNotContain((byte) '\r');
    assertThat(FindingsJson.read(file)).isEqualTo(TWO);
  }

  @Test
  void rejectsTextOfAnotherShape() {
    assertThatThrownBy(() -> FindingsJson.fromJson("{\"results\": []}"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                FindingsJson.fromJson(
                    "{\"findings\": [{\"rule\": \"GEN-001\", \"severity\": \"fatal\", \"file\":"
                        + " \"program.yml\", \"line\": 1, \"column\": 1, \"message\": \"m\"}]}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("fatal");
  }
}
