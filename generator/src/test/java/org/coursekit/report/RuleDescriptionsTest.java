package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.report.RuleDescriptions.Description;
import org.coursekit.rules.CourseValidator;
import org.junit.jupiter.api.Test;

class RuleDescriptionsTest {

  private static final Pattern RULE_ID_LITERAL =
      Pattern.compile("(?<!\\\\)\"([A-Z0-9]+-[0-9]{3})\"");

  @Test
  void describesTheChecksThatRunOutsideRules() {
    RuleDescriptions rules = RuleDescriptions.of(List.of());

    assertThat(rules.all().stream().map(Description::id))
        .containsExactly(
            "A11Y-001",
            "ASM-007",
            "DSC-001",
            "DSC-002",
            "FMT-001",
            "FMT-002",
            "FMT-003",
            "FMT-004",
            "FMT-005",
            "MOD-001",
            "PKG-001",
            "PKG-002",
            "PKG-003",
            "PKG-004",
            "REL-001",
            "REL-002",
            "REL-003",
            "REL-004",
            "REL-005",
            "SEC-002",
            "SITE-001");
    for (Description description : rules.all()) {
      assertThat(description.name()).as(description.id()).isNotBlank();
      assertThat(description.help()).as(description.id()).endsWith(".");
    }
    assertThat(rules.describe("FMT-004").defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(rules.describe("FMT-002").defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(rules.describe("FMT-002").alwaysChecked()).isTrue();
    assertThat(rules.describe("A11Y-001").alwaysChecked()).isFalse();
  }

  @Test
  void aRuleReplacesTheEntryWithItsId() {
    RuleDescriptions rules =
        RuleDescriptions.of(
            List.of(ReportFixtures.rule("DSC-001", "Disclosure", Severity.WARNING, "Because.")));

    Description dsc001 = rules.describe("DSC-001");
    assertThat(dsc001.name()).isEqualTo("Disclosure");
    assertThat(dsc001.help()).isEqualTo("Because.");
    assertThat(dsc001.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(dsc001.alwaysChecked()).isTrue();
  }

  @Test
  void anUnknownIdIsNamedByItself() {
    Description unknown = RuleDescriptions.of(List.of()).describe("XYZ-999");

    assertThat(unknown.name()).isEqualTo("XYZ-999");
    assertThat(unknown.help()).isEmpty();
  }

  @Test
  void reportsListTheChecksOfEveryBuildAndEveryIdWithAFinding() {
    RuleDescriptions rules = ReportFixtures.rules();
    List<Finding> findings =
        List.of(
            Finding.info("XYZ-999", SourceRef.startOf("program.yml"), "m"),
            Finding.error("XYZ-999", SourceRef.startOf("people.yml"), "m"),
            Finding.warning("SITE-001", SourceRef.startOf("program.yml"), "m"));

    List<Description> reported = rules.reported(findings);

    assertThat(reported.stream().map(Description::id))
        .containsExactly(
            "FMT-001",
            "FMT-002",
            "FMT-003",
            "FMT-004",
            "FMT-005",
            "GEN-001",
            "LO-001",
            "PRG-003",
            "REV-003",
            "SEC-002",
            "SITE-001",
            "XYZ-999");
    assertThat(reported.get(reported.size() - 1).defaultSeverity())
        .as("an unknown id takes its gravest finding's severity")
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void everyRuleIdTheLibraryReportsIsDescribed() throws IOException {
    Set<String> literals = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = RULE_ID_LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (matcher.find()) {
          literals.add(matcher.group(1));
        }
      }
    }
    literals.remove("SHA-256"); // a digest algorithm's name, not a rule id
    RuleDescriptions builtin = RuleDescriptions.of(CourseValidator.builtin().rules());
    Set<String> described = new TreeSet<>();
    builtin.all().forEach(description -> described.add(description.id()));

    assertThat(literals).contains("FMT-001", "A11Y-001", "SITE-001", "ASM-007");
    assertThat(described).containsAll(literals);
  }
}
