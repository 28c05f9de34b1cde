package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservableLeadVerbTest {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String M03 = "modules/m03-storage-and-thaw.md";
  private static final String EXPLAIN = "text: Explain how a dry shipper keeps";
  private static final String PERFORM = "text: Perform the receipt inspection";
  private static final String WHY =
      " Objectives must name a performance an assessor can observe (IACET 5.1; QM 2.1, 2.2).";

  @TempDir Path folder;
  private CourseFixture fixture;

  @BeforeEach
  void copyExampleCourse() {
    fixture = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void aStemBeforeTheVerbIsFine() {
    fixture.edit(M01, PERFORM, "text: Learners will be able to perform the receipt inspection");

    assertThat(fixture.printed("LO-001")).isEmpty();
  }

  @Test
  void anIngFormIsATopicNotAVerb() {
    fixture.edit(M01, PERFORM, "text: Performing the receipt inspection");

    assertThat(fixture.printed("LO-001"))
        .containsExactly(
            M01
                + ":13:11: error [LO-001] Objective `LO-M01-2` does not start with an observable"
                + " action verb: “Performing” names a topic, not something the learner does."
                + WHY
                + " Start with the verb itself (“Perform …”).");
  }

  @Test
  void aNounPhraseIsNoVerbAtAll() {
    fixture.edit(M01, EXPLAIN, "text: Cryopreservation in a dry shipper and how it keeps");

    assertThat(fixture.printed("LO-001"))
        .containsExactly(
            M01
                + ":9:11: error [LO-001] Objective `LO-M01-1` does not start with an observable"
                + " action verb: “Cryopreservation” names a topic, not something the learner does."
                + WHY
                + " Start with an Understand verb such as explain, describe, summarize, classify"
                + " or compare.");
  }

  @Test
  void onlyAStemNamesNoPerformance() {
    fixture.edit(
        M01,
        "text: Explain how a dry shipper keeps a cryopreserved product at or below −150 °C during"
            + " transit",
        "text: \"Learners will be able to:\"");

    assertThat(fixture.printed("LO-001"))
        .containsExactly(
            M01
                + ":9:11: error [LO-001] Objective `LO-M01-1` has only the stem “Learners will be"
                + " able to” and names no performance."
                + WHY
                + " Write what the learner will do, starting with an Understand verb such as"
                + " explain, describe, summarize, classify or compare.");
  }

  @Test
  void anObjectiveWithoutTextIsAnError() {
    fixture.edit(
        M01,
        "    text: Explain how a dry shipper keeps a cryopreserved product at or below −150 °C"
            + " during transit\n",
        "");

    assertThat(fixture.printed("LO-001"))
        .containsExactly(
            M01
                + ":8:5: error [LO-001] Objective `LO-M01-1` has no `text`, so it names no"
                + " performance."
                + WHY
                + " Add the text, starting with an action verb, e.g. `text: Verify the"
                + " chain-of-identity labels against the order record`.");
  }

  @Test
  void anUnknownVerbIsAWarningThatTheAllowListSilences() {
    fixture.edit(M01, PERFORM, "text: Undertake the receipt inspection");

    assertThat(fixture.printed("LO-001"))
        .containsExactly(
            M01
                + ":13:11: warning [LO-001] Objective `LO-M01-2` starts with “Undertake”, which is"
                + " not in CourseKit's lists of observable verbs."
                + WHY
                + " Use an Apply verb such as use, perform, calculate, carry out or execute; if"
                + " “undertake” is an observable action in your field, add it to the program's"
                + " allow-list under `rules:` in coursekit.yml: `LO-001: { allow: [undertake] }`.");

    fixture.write("coursekit.yml", "profile: release\nrules:\n  LO-001: { allow: [undertake] }\n");

    assertThat(fixture.printed("LO-001")).isEmpty();
  }

  @Test
  void outcomesAreCheckedAtTheirOwnPosition() {
    fixture.edit(
        "program.yml",
        "text: Perform receipt checks on a cryopreserved",
        "text: Undertake receipt checks on a cryopreserved");

    assertThat(fixture.printed("LO-001"))
        .singleElement()
        .asString()
        .startsWith(
            "program.yml:52:11: warning [LO-001] Outcome `PO-1` starts with “Undertake”, which is"
                + " not in CourseKit's lists of observable verbs.");
  }

  @Test
  void aContextDependentVerbIsAnInfo() {
    fixture.edit(M01, EXPLAIN, "text: Discuss how a dry shipper keeps");

    assertThat(fixture.printed("LO-001"))
        .containsExactly(
            M01
                + ":9:11: info [LO-001] Objective `LO-M01-1` starts with “Discuss”, whose meaning"
                + " depends on context: an assessor cannot tell what the learner will produce or"
                + " do."
                + WHY
                + " Name the observable performance with an Understand verb such as explain,"
                + " describe, summarize, classify or compare.");
  }

  @Test
  void aBareBeAbleToAsksForTheVerbAlone() {
    fixture.edit(M01, EXPLAIN, "text: Be able to explain how a dry shipper keeps");

    assertThat(fixture.printed("LO-001"))
        .containsExactly(
            M01
                + ":9:11: info [LO-001] Objective `LO-M01-1` starts with “Be able to”, which adds"
                + " nothing an assessor can observe. Objectives are clearest when they start with"
                + " the performance itself (QM 2.3). Delete “Be able to” so that the text starts"
                + " with the verb (“Explain …”).");
  }

  @Test
  void aPsychomotorVerbNeedsThePsychomotorDomain() {
    String use = "text: Use the freezer inventory record to retrieve";
    String gown = "text: Don cryogenic gloves and a face shield to retrieve";
    fixture.edit(M03, use, gown);

    assertThat(fixture.printed("LO-001"))
        .containsExactly(
            M03
                + ":13:11: warning [LO-001] Objective `LO-M03-2` starts with “Don”, a verb of the"
                + " psychomotor domain, but the objective is cognitive. Each domain has its own"
                + " list of observable verbs (course-format.md, section 10). If the objective is a"
                + " physical skill, add `domain: psychomotor`; otherwise start with an Apply verb"
                + " such as use, perform, calculate, carry out or execute.");

    fixture.edit(M03, gown, gown.replace("text:", "domain: psychomotor\n    text:"));

    assertThat(fixture.printed("LO-001")).isEmpty();
  }

  @Test
  void aPsychomotorObjectiveNeedsAPsychomotorVerb() {
    fixture.edit(M01, EXPLAIN, "domain: psychomotor\n    " + EXPLAIN);

    assertThat(fixture.printed("LO-001"))
        .containsExactly(
            M01
                + ":10:11: warning [LO-001] Objective `LO-M01-1` is a psychomotor objective, but"
                + " “Explain” is not a psychomotor verb. Psychomotor objectives name a physical"
                + " performance (accreditation-rules.md, section 4; course-format.md, section 10)."
                + " Start with a psychomotor verb such as perform, assemble, manipulate, calibrate"
                + " or adjust, or remove `domain: psychomotor` if the objective is cognitive.");
  }

  @Test
  void anUnknownDomainIsReportedWithASuggestion() {
    fixture.edit(M01, EXPLAIN, "domain: psychomotoric\n    " + EXPLAIN);

    assertThat(fixture.printed("LO-001"))
        .containsExactly(
            M01
                + ":9:13: warning [LO-001] `domain: psychomotoric` of objective `LO-M01-1` is not a"
                + " domain CourseKit knows, so its verb was checked against the cognitive (Bloom)"
                + " lists. Psychomotor and affective objectives have their own verb lists"
                + " (course-format.md, section 10). Write `domain: cognitive`, `psychomotor` or"
                + " `affective`. Did you mean `psychomotor`?");
  }

  @Test
  void blockedVerbsAndTeacherOpenersAreLeftToLo002AndLo005() {
    fixture.edit(M01, EXPLAIN, "text: Understand how a dry shipper keeps");
    fixture.edit(M01, PERFORM, "text: Introduce the receipt inspection");

    assertThat(fixture.printed("LO-001")).isEmpty();
  }
}
