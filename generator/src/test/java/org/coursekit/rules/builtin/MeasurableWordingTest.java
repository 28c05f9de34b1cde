package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurableWordingTest {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String M02 = "modules/m02-chain-of-identity.md";
  private static final String EXPLAIN = "text: Explain how a dry shipper keeps";
  private static final String WHY =
      ", which cannot be observed or measured. Accreditors expect every objective to name a"
          + " measurable performance (QM 2.1; IACET 5.1; ACOG and Michigan Tech verb lists).";
  private static final String UNDERSTAND_VERBS =
      "an Understand verb such as explain, describe, summarize, classify or compare.";

  @TempDir Path folder;
  private CourseFixture fixture;

  @BeforeEach
  void copyExampleCourse() {
    fixture = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void aBlockedLeadVerbIsAnError() {
    fixture.edit(M01, EXPLAIN, "text: Understand how a dry shipper keeps");

    assertThat(fixture.printed("LO-002"))
        .containsExactly(
            M01
                + ":9:11: error [LO-002] Objective `LO-M01-1` uses “Understand”"
                + WHY
                + " Replace it with what the learner will do, using "
                + UNDERSTAND_VERBS);
  }

  @Test
  void aStemDoesNotHideTheBlockedVerb() {
    fixture.edit(
        M01, EXPLAIN, "text: By the end of this module you will know how a dry shipper keeps");

    assertThat(fixture.printed("LO-002"))
        .containsExactly(
            M01
                + ":9:11: error [LO-002] Objective `LO-M01-1` uses “know”"
                + WHY
                + " Replace it with what the learner will do, using "
                + UNDERSTAND_VERBS);
  }

  @Test
  void blockedPhrasesMatchAnywhereAndCoordinatedVerbsCount() {
    fixture.edit(M01, EXPLAIN, "text: Demonstrate an understanding of how a dry shipper keeps");
    fixture.edit(
        M02, "text: Identify the label fields", "text: Identify and learn the label fields");

    assertThat(fixture.printed("LO-002"))
        .containsExactly(
            M01
                + ":9:11: error [LO-002] Objective `LO-M01-1` uses “Demonstrate an understanding"
                + " of”"
                + WHY
                + " Replace it with what the learner will do, using "
                + UNDERSTAND_VERBS,
            M02
                + ":9:11: error [LO-002] Objective `LO-M02-1` uses “learn”"
                + WHY
                + " Replace it with what the learner will do, using a Remember verb such as list,"
                + " identify, name, define or recall.");
  }

  @Test
  void severalProblemsAreNamedInOneFinding() {
    fixture.edit(M01, EXPLAIN, "text: Know and become familiar with how a dry shipper keeps");

    assertThat(fixture.printed("LO-002"))
        .containsExactly(
            M01
                + ":9:11: error [LO-002] Objective `LO-M01-1` uses “Know” and “become familiar"
                + " with”"
                + WHY
                + " Replace them with what the learner will do, using "
                + UNDERSTAND_VERBS);
  }

  @Test
  void outcomesAreCheckedToo() {
    fixture.edit(
        "program.yml",
        "text: Apply chain-of-identity and chain-of-custody controls",
        "text: Become aware of chain-of-identity and chain-of-custody controls");

    assertThat(fixture.printed("LO-002"))
        .containsExactly(
            "program.yml:58:11: error [LO-002] Outcome `PO-2` uses “Become aware of”"
                + WHY
                + " Replace it with what the learner will do, using an Apply verb such as use,"
                + " perform, calculate, carry out or execute.");
  }

  @Test
  void domainNounsAndPurposeClausesAreNearMisses() {
    fixture.edit(
        M01,
        EXPLAIN,
        "text: Explain how the site's knowledge base and machine learning alerts show a dry"
            + " shipper that keeps");
    fixture.edit(
        M02,
        "text: Identify the label fields",
        "text: Identify the resources to learn more about the label fields");

    assertThat(fixture.printed("LO-002")).isEmpty();
  }
}
