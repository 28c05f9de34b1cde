package org.coursekit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ASM-007: a summative question found in any page stops the site from being published. */
class SummativeLeakTest {

  @TempDir Path course;
  @TempDir Path output;

  @Test
  void copiedSummativeStemIsAnErrorAndNothingIsPublished() throws Exception {
    SiteFixture fixture = new SiteFixture(course);
    fixture
        .write(
            "items/secure/Q-S9.yml",
            """
            id: Q-S9
            type: single
            use: summative
            objectives: [LO-m01-first]
            stem: >-
              Which temperature   reading makes a
              shipment a deviation?
            options:
              - { text: Any reading above the limit, correct: true }
              - { text: The average }
            """)
        .module(
            "m01-first",
            "Receiving",
            30,
            "Practice: *which temperature reading* makes a shipment a deviation? Think first.\n")
        .module("m02-second", "Storing", 30, "Text.\n");
    Path site = output.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), "previous site");

    SiteResult result = fixture.build(site);

    assertThat(result.findings())
        .filteredOn(finding -> finding.rule().equals("ASM-007"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(Severity.ERROR);
              assertThat(finding.at().file()).isEqualTo("items/secure/Q-S9.yml");
              assertThat(finding.at().line()).isEqualTo(1);
              assertThat(finding.message()).contains("Q-S9").contains("modules/m01-first.html");
            });
    assertThat(result.published()).isFalse();
    assertThat(result.files()).isEmpty();
    assertThat(site.resolve("index.html")).hasContent("previous site");
    try (var siblings = Files.list(output)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
    }
  }

  @Test
  void stemInsideACopiedDiagramIsFound() throws Exception {
    SiteFixture fixture = new SiteFixture(course);
    fixture
        .write(
            "items/secure/Q-S2.yml",
            "id: Q-S2\ntype: short\nuse: summative\nobjectives: [LO-m01-first]\n"
                + "stem: Who signs the chain of custody form at receipt?\naccept: [technician]\n")
        .write(
            "modules/m01-first/quiz.svg",
            "<svg xmlns='http://www.w3.org/2000/svg'><text>Who signs the chain of custody"
                + "</text><text>form at receipt?</text></svg>")
        .module("m01-first", "Receiving", 30, "![Diagram](m01-first/quiz.svg)\n")
        .module("m02-second", "Storing", 30, "Text.\n");
    SiteResult result = fixture.build(output.resolve("site"));
    assertThat(result.findings())
        .filteredOn(finding -> finding.rule().equals("ASM-007"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("modules/m01-first/quiz.svg"));
    assertThat(result.published()).isFalse();
    assertThat(output.resolve("site")).doesNotExist();
  }

  @Test
  void shortStemsAndFormativeItemsAreNotFlagged() throws Exception {
    SiteFixture fixture = new SiteFixture(course);
    fixture
        .write(
            "items/secure/Q-S1.yml",
            "id: Q-S1\ntype: short\nuse: summative\nobjectives: [LO-m01-first]\nstem: Define COI.\n"
                + "accept: [chain of identity]\n")
        .write(
            "items/Q-F1.yml",
            "id: Q-F1\ntype: short\nuse: formative\nobjectives: [LO-m01-first]\n"
                + "stem: Which document records every handover?\naccept: [custody form]\n")
        .module(
            "m01-first",
            "Receiving",
            30,
            "Define COI. Which document records every handover?\n\n```quiz\nref: Q-F1\n```\n")
        .module("m02-second", "Storing", 30, "Text.\n");
    SiteResult result = fixture.build(output.resolve("site"));
    assertThat(result.findings()).extracting(Finding::rule).doesNotContain("ASM-007");
    assertThat(result.published()).isTrue();
  }
}
