package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.coursekit.rules.ExampleCourseCopy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** MOD-001 to MOD-003 on edited copies of the example course. */
class ModuleRulesTest extends ExampleCourseCopy {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String M04 = "modules/m04-deviations.md";

  @Test
  void exampleCourseHasNoFindingOfTheseRules() {
    assertThat(course.printed("MOD-001", "MOD-002", "MOD-003")).isEmpty();
  }

  @Nested
  class ObjectivesStated {

    @Test
    void moduleWithoutObjectivesIsAnError() {
      String text = course.read(M04);
      String objectives =
          text.substring(text.indexOf("objectives:\n"), text.indexOf("authors: [author-lindqvist"));
      course.write(M04, text.replace(objectives, "objectives: []\n"));

      assertThat(course.printed("MOD-001"))
          .containsExactly(
              M04
                  + ":7:13: error [MOD-001] Module `m04-deviations` states no learning"
                  + " objectives. Learners must see what each module prepares them to do (QM 2.2,"
                  + " 2.3; IACET 5.1). Add at least one under `objectives`, e.g. `- { id:"
                  + " LO-M01-1, text: Verify the shipper label against the order record,"
                  + " bloom_level: evaluate, supports: [PO-1] }`.");
    }

    @Test
    void moreObjectivesThanTheOptionAllowsIsInfoAtTheFirstOneTooMany() {
      course.write("coursekit.yml", "profile: release\nrules:\n  MOD-001: { max: 2 }\n");

      assertThat(course.findings("MOD-001"))
          .extracting(f -> f.at().toString())
          .containsExactly(
              M01 + ":18:5",
              "modules/m02-chain-of-identity.md:18:5",
              "modules/m03-storage-and-thaw.md:18:5",
              M04 + ":18:5");
      assertThat(course.printed("MOD-001"))
          .first()
          .isEqualTo(
              M01
                  + ":18:5: info [MOD-001] Module `m01-receipt` has 3 objectives, more than the 2"
                  + " a learner can take in at the top of a page; this is the first one over the"
                  + " limit (QM 2.3). Consider splitting the module or merging closely related"
                  + " objectives (the limit is MOD-001's `max` option in coursekit.yml).");
    }

    @Test
    void exactlyTheMaximumIsFine() {
      course.write("coursekit.yml", "profile: release\nrules:\n  MOD-001: { max: 3 }\n");

      assertThat(course.printed("MOD-001")).isEmpty();
    }
  }

  @Nested
  class ObjectivesTaught {

    @Test
    void objectiveNoSectionSupportsIsAWarningAtTheObjective() {
      course.edit(
          M01,
          "## How a dry shipper works\n<!-- supports: LO-M01-1 -->\n",
          "## How a dry shipper works\n");

      assertThat(course.printed("MOD-002"))
          .containsExactly(
              M01
                  + ":8:5: warning [MOD-002] Objective `LO-M01-1` is not taught in any section of"
                  + " module `m01-receipt`: no heading has `<!-- supports: LO-M01-1 -->` under"
                  + " it. Learners and reviewers need to see where each objective is taught (QM"
                  + " 2.4). Put that comment on the line right after the heading of the section"
                  + " that teaches it, or add such a section.");
    }

    @Test
    void objectiveNamedSecondInAnotherSectionsCommentIsTaught() {
      course
          .edit(
              M01,
              "## How a dry shipper works\n<!-- supports: LO-M01-1 -->\n",
              "## How a dry shipper works\n")
          .edit(
              M01,
              "## Before the shipper arrives\n<!-- supports: LO-M01-2 -->",
              "## Before the shipper arrives\n<!-- supports: LO-M01-2, LO-M01-1 -->");

      assertThat(course.printed("MOD-002")).isEmpty();
    }
  }

  @Nested
  class PracticeWithFeedback {

    private static final String INLINE_QUIZ = "```quiz\nid: Q-M01-F1";
    private static final String REF_QUIZ = "```quiz\nref: Q-M01-F2\n```";

    @Test
    void moduleWithoutAnyQuizIsAWarning() {
      course.edit(M01, INLINE_QUIZ, "```yaml\nid: Q-M01-F1").edit(M01, REF_QUIZ, "");

      assertThat(course.printed("MOD-003"))
          .containsExactly(
              M01
                  + ":1:1: warning [MOD-003] Module `m01-receipt` has no formative practice: none"
                  + " of its ```quiz blocks holds or refers to a formative item. Practice helps"
                  + " only when learners see why an answer is right or wrong (QM 3.5; ACPE"
                  + " Standards 7 and 10). Add a quiz block to the body, e.g. one with `ref:"
                  + " Q-M01-F2` for an item in items/, or an inline item with `use: formative`,"
                  + " options and feedback.");
    }

    @Test
    void quizReferringToASummativeItemIsNoPractice() {
      course
          .edit(M01, INLINE_QUIZ, "```yaml\nid: Q-M01-F1")
          .edit(M01, "ref: Q-M01-F2", "ref: Q-M01-S01");

      assertThat(course.findings("MOD-003"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.at().toString()).isEqualTo(M01 + ":1:1");
                assertThat(f.message())
                    .startsWith("Module `m01-receipt` has no formative practice");
              });
    }

    @Test
    void aRefToAFormativeItemIsEnoughPractice() {
      course.edit(M01, INLINE_QUIZ, "```yaml\nid: Q-M01-F1");

      assertThat(course.printed("MOD-003")).isEmpty();
    }

    @Test
    void feedbackOnEveryOptionIsEnoughWithoutGeneralFeedback() {
      String item = "items/Q-M01-F2.yml";
      course.cut(item, "feedback: >-", "rationale:");

      assertThat(course.printed("MOD-003")).isEmpty();
    }

    @Test
    void optionWithoutFeedbackIsAWarningAtTheOptionWhenTheItemHasNoGeneralFeedback() {
      String item = "items/Q-M01-F2.yml";
      course.cut(item, "feedback: >-", "rationale:");
      course.edit(
          item,
          "    feedback: Yes. The trace is your evidence that the product stayed within its"
              + " limit.\n",
          "");

      assertThat(course.printed("MOD-003"))
          .containsExactly(
              item
                  + ":13:5: warning [MOD-003] This option of formative item `Q-M01-F2` has no"
                  + " `feedback`, and the item has no general `feedback` either. Practice helps"
                  + " only when learners see why an answer is right or wrong (QM 3.5; ACPE"
                  + " Standards 7 and 10). Add one to this option, e.g. `feedback: Tracking"
                  + " numbers identify the shipment, not the patient.`, or give the item a general"
                  + " `feedback`.");
    }

    @Test
    void formativeItemWithoutAnyFeedbackIsAWarningAtTheItem() {
      course.write(
          "items/Q-X-F9.yml",
          "id: Q-X-F9\ntype: short\nuse: formative\nobjectives: [LO-M01-1]\n"
              + "stem: What keeps the well of a dry shipper cold?\naccept: [nitrogen vapour]\n");

      assertThat(course.printed("MOD-003"))
          .containsExactly(
              "items/Q-X-F9.yml:1:1: warning [MOD-003] Formative item `Q-X-F9` gives learners no"
                  + " feedback: it has no `feedback` and its options have none. Practice helps"
                  + " only when learners see why an answer is right or wrong (QM 3.5; ACPE"
                  + " Standards 7 and 10). Add `feedback:` to the item, e.g. `feedback: Any"
                  + " reading outside the limit makes the shipment a deviation.`, or a `feedback`"
                  + " to every option.");
    }

    @Test
    void summativeItemsNeedNoFeedback() {
      assertThat(course.read("items/secure/Q-M01-S01.yml")).doesNotContain("feedback");
      assertThat(course.printed("MOD-003")).isEmpty();
    }
  }
}
