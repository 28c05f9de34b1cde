package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BloomLevelMatchesVerbTest {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String M02 = "modules/m02-chain-of-identity.md";
  private static final String WHY =
      " The level tells learners and assessors what kind of performance to expect (Anderson &"
          + " Krathwohl 2001; IACET Annex 3).";

  @TempDir Path folder;
  private CourseFixture fixture;

  @BeforeEach
  void copyExampleCourse() {
    fixture = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void aVerbOfAnotherLevelIsAWarning() {
    fixture.edit(M01, "bloom_level: understand", "bloom_level: apply");

    assertThat(fixture.printed("LO-003"))
        .containsExactly(
            M01
                + ":10:18: warning [LO-003] Objective `LO-M01-1` declares `bloom_level: apply`, but"
                + " its verb “Explain” is a verb of the Understand level."
                + WHY
                + " Start with an Apply verb such as use, perform, calculate, carry out or execute,"
                + " or change `bloom_level` to `understand`; if the verb's object really makes this"
                + " Apply work, add LO-003 with that reason to the module's `lint.ignore`.");
  }

  @Test
  void aVerbOfSeveralLevelsIsAcceptedAtEachButNamesThemAllOtherwise() {
    fixture.edit(M02, "bloom_level: remember", "bloom_level: understand");

    assertThat(fixture.printed("LO-003")).isEmpty();

    fixture.edit(M02, "bloom_level: understand", "bloom_level: create");

    assertThat(fixture.printed("LO-003"))
        .containsExactly(
            M02
                + ":10:18: warning [LO-003] Objective `LO-M02-1` declares `bloom_level: create`, but"
                + " its verb “Identify” is a verb of the Remember, Understand and Analyze levels."
                + WHY
                + " Start with a Create verb such as design, develop, plan, draft or propose, or"
                + " change `bloom_level` to `remember`, `understand` or `analyze`; if the verb's"
                + " object really makes this Create work, add LO-003 with that reason to the"
                + " module's `lint.ignore`.");
  }

  @Test
  void aMissingLevelIsAnErrorWithTheVerbsLevelAsExample() {
    fixture.edit(M01, "    bloom_level: understand\n", "");

    assertThat(fixture.printed("LO-003"))
        .containsExactly(
            M01
                + ":8:5: error [LO-003] Objective `LO-M01-1` has no `bloom_level`."
                + WHY
                + " Add the level its verb aims at, e.g. `bloom_level: understand` for “Explain”"
                + " (one of remember, understand, apply, analyze, evaluate or create).");
  }

  @Test
  void aLevelOutsideTheTaxonomyIsAnError() {
    fixture.edit(M01, "bloom_level: understand", "bloom_level: understanding");

    assertThat(fixture.printed("LO-003"))
        .containsExactly(
            M01
                + ":10:18: error [LO-003] `bloom_level: understanding` of objective `LO-M01-1` is"
                + " not a Bloom level."
                + WHY
                + " Use one of remember, understand, apply, analyze, evaluate or create. Did you"
                + " mean `understand`?");
  }

  @Test
  void psychomotorObjectivesAreExemptFromTheVerbLevelCheck() {
    fixture.edit(M01, "bloom_level: understand", "bloom_level: apply\n    domain: psychomotor");

    assertThat(fixture.printed("LO-003")).isEmpty();
  }

  @Test
  void outcomeVerbsAreCheckedButTheirFieldsAreLeftToPrg002() {
    fixture.edit(
        "program.yml",
        "text: Document product-handling deviations",
        "text: Design product-handling deviation records");

    assertThat(fixture.printed("LO-003"))
        .containsExactly(
            "program.yml:69:18: warning [LO-003] Outcome `PO-4` declares `bloom_level: apply`, but"
                + " its verb “Design” is a verb of the Create level."
                + WHY
                + " Start with an Apply verb such as use, perform, calculate, carry out or execute,"
                + " or change `bloom_level` to `create`.");
  }

  @Test
  void anOutcomesMissingLevelIsLeftToPrg002() {
    fixture.edit(
        "program.yml",
        "for escalation to the quality unit\n    bloom_level: apply\n",
        "for escalation to the quality unit\n");

    assertThat(fixture.printed("LO-003")).isEmpty();
  }
}
