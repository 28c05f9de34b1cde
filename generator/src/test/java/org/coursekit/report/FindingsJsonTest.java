package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coursekit.baseline.BaselineSplit;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.rules.builtin.UniqueIdsAndReferences;
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

  private static final RuleDescriptions RULES =
      RuleDescriptions.of(
          List.of(
              ReportFixtures.rule(
                  "GEN-001",
                  "Unique ids and resolvable references",
                  Severity.ERROR,
                  "Alignment needs references that resolve (QM 2.2).")));

  private static final String TWO_JSON =
      """
      {
        "findings": [
          {
            "rule": "GEN-001",
            "rule_name": "Unique ids and resolvable references",
            "severity": "error",
            "file": "modules/m01-receipt.md",
            "line": 12,
            "column": 7,
            "message": "`supports` refers to outcome `PO-9`, which is not defined. Did you mean `PO-1`?",
            "help": "Alignment needs references that resolve (QM 2.2)."
          },
          {
            "rule": "FMT-004",
            "rule_name": "Known keys only",
            "severity": "warning",
            "file": "program.yml",
            "line": 3,
            "column": 1,
            "message": "Unknown key \\"titel\\" — did you mean `title`? Quotes \\"and\\" \\\\ stay escaped.",
            "help": "A misspelt key is ignored, so the value the author meant to give is silently missing; the course format names every key CourseKit reads."
          }
        ],
        "baselined": []
      }
      """;

  @Test
  void writesTheGoldenTextForTwoFindings() {
    assertThat(FindingsJson.toJson(TWO, RULES)).isEqualTo(TWO_JSON);
  }

  @Test
  void withoutACatalogueCourseKitsOwnRulesDescribeTheFindings() throws IOException {
    JsonNode findings = new ObjectMapper().readTree(FindingsJson.toJson(TWO)).path("findings");

    assertThat(findings.get(0).path("rule_name").asText())
        .isEqualTo(new UniqueIdsAndReferences().name());
    assertThat(findings.get(1).path("rule_name").asText()).isEqualTo("Known keys only");
    assertThat(findings.get(1).path("help").asText()).startsWith("A misspelt key is ignored");
  }

  @Test
  void anUnknownRuleIsNamedByItsIdWithoutHelp() throws IOException {
    JsonNode finding =
        new ObjectMapper()
            .readTree(
                FindingsJson.toJson(
                    List.of(Finding.info("XYZ-999", SourceRef.startOf("program.yml"), "m")), RULES))
            .path("findings")
            .get(0);

    assertThat(finding.path("rule_name").asText()).isEqualTo("XYZ-999");
    assertThat(finding.path("help").asText()).isEmpty();
  }

  @Test
  void writesAnEmptyReport() {
    assertThat(FindingsJson.toJson(List.of(), RULES))
        .isEqualTo("{\n  \"findings\": [],\n  \"baselined\": []\n}\n");
  }

  @Test
  void findingsTheBaselineRecordsHaveTheirOwnSectionAndAreMarked() throws IOException {
    JsonNode root =
        new ObjectMapper()
            .readTree(
                FindingsJson.toJson(
                    new BaselineSplit(List.of(TWO.get(1)), List.of(TWO.get(0)), true), RULES));

    assertThat(root.path("findings")).hasSize(1);
    assertThat(root.path("findings").get(0).path("rule").asText()).isEqualTo("FMT-004");
    assertThat(root.path("findings").get(0).has("baselined")).isFalse();
    assertThat(root.path("baselined")).hasSize(1);
    assertThat(root.path("baselined").get(0).path("rule").asText()).isEqualTo("GEN-001");
    assertThat(root.path("baselined").get(0).path("baselined").asBoolean()).isTrue();
    // Reading the report back gives the findings that count.
    assertThat(FindingsJson.fromJson(root.toString())).containsExactly(TWO.get(1));
  }

  @Test
  void roundTripsThroughJson() throws IOException {
    assertThat(FindingsJson.fromJson(FindingsJson.toJson(TWO, RULES))).isEqualTo(TWO);
  }

  @Test
  void writesUtf8WithLineFeedsIntoNewFolders(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("target/coursekit/reports/findings.json");

    FindingsJson.write(TWO, RULES, file);

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
