package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.rules.CourseFixture;
import org.coursekit.rules.ExampleCourseCopy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** ASM-001 to ASM-007 on edited copies of the example course. */
class AssessmentRulesTest extends ExampleCourseCopy {

  private static final String EXAM = "assessments/final-exam.yml";
  private static final String PRACTICAL = "assessments/practical-receipt-check.yml";
  private static final String S01 = "items/secure/Q-M01-S01.yml";
  private static final String F2 = "items/Q-M01-F2.yml";
  private static final String PROGRAM = "program.yml";

  @Test
  void exampleCourseHasNoFindingOfTheseRules() {
    assertThat(
            course.printed(
                "ASM-001", "ASM-002", "ASM-003", "ASM-004", "ASM-005", "ASM-006", "ASM-007"))
        .isEmpty();
  }

  @Nested
  class ItemObjectives {

    @Test
    void itemWithoutObjectivesIsAnError() {
      course.edit(F2, "objectives: [LO-M01-2]", "objectives: []");

      assertThat(course.printed("ASM-001"))
          .containsExactly(
              F2
                  + ":4:13: error [ASM-001] Item `Q-M01-F2` names no objective. An assessment"
                  + " exists to measure the intended outcomes, so every item must say which"
                  + " objective it measures (QM 3.1; E2659-17 3.1.3). Add the objectives it"
                  + " measures, e.g. `objectives: [LO-M01-1]`.");
    }

    @Test
    void itemWhoseObjectivesAllDoNotExistIsAnError() {
      course.edit(F2, "objectives: [LO-M01-2]", "objectives: [LO-M01-9, PO-9]");

      assertThat(course.printed("ASM-001"))
          .containsExactly(
              F2
                  + ":4:13: error [ASM-001] None of the objectives item `Q-M01-F2` names"
                  + " (`LO-M01-9` and `PO-9`) exists, so it measures nothing the course teaches."
                  + " An assessment exists to measure the intended outcomes, so every item must"
                  + " say which objective it measures (QM 3.1; E2659-17 3.1.3). Name an objective"
                  + " from a module's `objectives` or an outcome from program.yml, e.g."
                  + " `objectives: [LO-M01-1]`.");
    }

    @Test
    void oneResolvingObjectiveIsEnoughAndGen001ReportsTheOther() {
      course.edit(F2, "objectives: [LO-M01-2]", "objectives: [LO-M01-9, PO-1]");

      assertThat(course.printed("ASM-001")).isEmpty();
      assertThat(course.findings("GEN-001"))
          .extracting(CourseFixture::at)
          .containsExactly(F2 + ":4:14");
    }
  }

  @Nested
  class BlueprintHonoured {

    @Test
    void weightsThatDoNotAddUpTo100AreAnError() {
      course.edit(EXAM, "LO-M01-1, weight: 7,", "LO-M01-1, weight: 6,");

      assertThat(course.printed("ASM-002"))
          .containsExactly(
              EXAM
                  + ":6:3: error [ASM-002] The blueprint weights of `final-exam` add up to 99, not"
                  + " 100. Each weight is a share of the form's points in percent, so one form's"
                  + " weights must total 100 (course-format 10). Adjust the weights so they add up"
                  + " to 100.");
    }

    @Test
    void decimalWeightsAddingUpTo100AreFine() {
      course
          .edit(EXAM, "LO-M01-1, weight: 7,", "LO-M01-1, weight: 6.5,")
          .edit(EXAM, "LO-M01-2, weight: 7,", "LO-M01-2, weight: 7.50,");

      assertThat(course.printed("ASM-002")).isEmpty();
    }

    @Test
    void lineWithoutWeightIsAnErrorAndTheSumIsNotJudged() {
      course.edit(EXAM, "LO-M01-1, weight: 7,", "LO-M01-1,");

      assertThat(course.printed("ASM-002"))
          .containsExactly(
              EXAM
                  + ":6:5: error [ASM-002] This blueprint line of `final-exam` has no `weight`."
                  + " Each weight is the line's share of the form's points in percent"
                  + " (course-format 10), and together they say how much each objective counts."
                  + " Add one, e.g. `weight: 10`.");
    }

    @Test
    void poolWithFewerItemsThanMinItemsIsAnError() {
      course.edit(EXAM, "LO-M01-1, weight: 7, min_items: 2", "LO-M01-1, weight: 7, min_items: 3");

      assertThat(course.printed("ASM-002"))
          .containsExactly(
              EXAM
                  + ":6:5: error [ASM-002] The blueprint of `final-exam` asks for at least 3 items"
                  + " on `LO-M01-1`, but its pool has only 2 items that measure it. A form that"
                  + " does not follow its blueprint does not measure what it claims to. Add items"
                  + " with `objectives: [LO-M01-1]` to the pool, or lower `min_items`.");
    }

    @Test
    void aDrawThatCanLeaveOutItemsIsJudgedByWhatEveryDrawKeeps() {
      course.edit(EXAM, "draw: 30", "draw: 29");

      assertThat(course.findings("ASM-002")).hasSize(12);
      assertThat(course.printed("ASM-002"))
          .first()
          .isEqualTo(
              EXAM
                  + ":6:5: error [ASM-002] The blueprint of `final-exam` asks for at least 2 items"
                  + " on `LO-M01-1`, but the random draw of 29 from 30 items can leave out 1 of"
                  + " them, so a learner may get only 1. A form that does not follow its blueprint"
                  + " does not measure what it claims to. Add items with `objectives: [LO-M01-1]`"
                  + " to the pool or draw more items, or lower `min_items`.");
    }

    @Test
    void drawingMoreItemsThanThePoolHoldsIsAnError() {
      course.edit(EXAM, "draw: 30", "draw: 31");

      assertThat(course.printed("ASM-002"))
          .containsExactly(
              EXAM
                  + ":4:51: error [ASM-002] Assessment `final-exam` draws 31 items, but its pool"
                  + " holds only 30. A form cannot show items it does not have. Add items to the"
                  + " pool (check `pool.include`) or lower the draw, e.g. `draw: 30`.");
    }

    @Test
    void outcomeWithoutWeightOnAnyFormIsAnErrorAtTheOutcome() {
      // PO-4's objectives lose their lines on both forms (the practical scores LO-M04-3 too).
      course
          .edit(EXAM, "LO-M01-1, weight: 7,", "LO-M01-1, weight: 34,")
          .edit(EXAM, "  - { objective: LO-M04-1, weight: 10, min_items: 3 }\n", "")
          .edit(EXAM, "  - { objective: LO-M04-2, weight: 10, min_items: 3 }\n", "")
          .edit(EXAM, "  - { objective: LO-M04-3, weight: 7, min_items: 2 }\n", "")
          .edit(PRACTICAL, "LO-M01-2, weight: 25,", "LO-M01-2, weight: 50,")
          .edit(PRACTICAL, "  - { objective: LO-M04-3, weight: 25, min_items: 1 }\n", "");

      assertThat(course.printed("ASM-002"))
          .containsExactly(
              PROGRAM
                  + ":67:5: error [ASM-002] Outcome `PO-4` has no weight in any summative"
                  + " blueprint, so passing the assessment says nothing about it (E2659-17 3.1.3;"
                  + " ICE 1100 definition (b)). Add a blueprint line for it, or for an objective"
                  + " that supports it, e.g. `- { objective: LO-M01-1, weight: 10, min_items: 2 }`"
                  + " in assessments/final-exam.yml.");
    }

    @Test
    void formWithoutBlueprintIsAnError() {
      course.cut(EXAM, "blueprint:", "passing_standard_ref");

      assertThat(course.printed("ASM-002"))
          .containsExactly(
              EXAM
                  + ":1:1: error [ASM-002] Summative assessment `final-exam` has no blueprint. A"
                  + " blueprint makes the form measure what the course teaches in the intended"
                  + " proportions (exam-blueprint practice; ICE ACAP psychometric evidence). Add"
                  + " `blueprint:` with one line per objective, e.g. `- { objective: LO-M01-1,"
                  + " weight: 20, min_items: 2 }`, with weights adding up to 100.",
              // The practical's blueprint still counts, but no line of it reaches PO-3.
              PROGRAM
                  + ":62:5: error [ASM-002] Outcome `PO-3` has no weight in any summative"
                  + " blueprint, so passing the assessment says nothing about it (E2659-17 3.1.3;"
                  + " ICE 1100 definition (b)). Add a blueprint line for it, or for an objective"
                  + " that supports it, e.g. `- { objective: LO-M01-1, weight: 10, min_items: 2 }`"
                  + " in assessments/final-exam.yml.");
    }
  }

  @Nested
  class EvidencePerObjective {

    @Test
    void objectiveWithOneItemAndNoTaskIsAWarningAtItsBlueprintLine() {
      course.edit(S01, "objectives: [LO-M01-1]", "objectives: [LO-M01-3]");

      assertThat(course.printed("ASM-003"))
          .containsExactly(
              EXAM
                  + ":6:5: warning [ASM-003] Summative assessment `final-exam` has only 1 item on"
                  + " `LO-M01-1` and no performance task with a rubric; it needs at least 2 items"
                  + " or one such task. Too few items are thin evidence that a learner attained"
                  + " the objective (CCCEP Guideline E). Add items with `objectives: [LO-M01-1]`"
                  + " to the pool, or a performance task with a rubric (the number is ASM-003's"
                  + " `min_items_per_objective` option).");
    }

    @Test
    void aPerformanceTaskWithARubricIsEnoughEvidenceOnItsOwn() {
      course.write("coursekit.yml", "rules:\n  ASM-003: { min_items_per_objective: 20 }\n");

      // The practical's four objectives are scored by the rubric of Q-PT-01: no finding there,
      // while every line of the online form has fewer than 20 items and no such task.
      List<String> online = new ArrayList<>();
      for (int line = 6; line <= 17; line++) {
        online.add(EXAM + ":" + line + ":5");
      }
      assertThat(course.findings("ASM-003"))
          .extracting(CourseFixture::at)
          .containsExactlyElementsOf(online);
    }

    @Test
    void theDefaultOfTwoItemsIsMetWithExactlyTwo() {
      // LO-M01-1 has exactly two items, Q-M01-S01 and Q-M01-S02.
      assertThat(course.read(EXAM)).contains("LO-M01-1, weight: 7, min_items: 2");
      assertThat(course.printed("ASM-003")).isEmpty();
    }
  }

  @Nested
  class ItemSourceAndReview {

    @Test
    void reviewerWhoIsTheOnlyAuthorIsAnError() {
      course.edit(S01, "authors: [author-rivera]", "authors: [sme-chen]");

      assertThat(course.printed("ASM-004"))
          .containsExactly(
              S01
                  + ":22:22: error [ASM-004] No reviewer of item `Q-M01-S01` is a subject-matter"
                  + " expert other than its only author. Items must rest on a cited source and be"
                  + " checked by a qualified SME (ICE ACAP area 4; CACS; ANAB CPIDP guidance). Add"
                  + " a person from people.yml with the role `sme` who did not write the item"
                  + " alone, e.g. `reviewers: [sme-okafor]`.");
    }

    @Test
    void anSmeWhoWroteTheItemWithSomeoneElseMayReviewIt() {
      course.edit(S01, "authors: [author-rivera]", "authors: [sme-chen, author-rivera]");

      assertThat(course.printed("ASM-004")).isEmpty();
    }

    @Test
    void reviewOlderThanTheCycleIsAnError() {
      course.edit(S01, "reviewed_on: 2026-09-08", "reviewed_on: 2025-11-24");

      assertThat(course.printed("ASM-004"))
          .containsExactly(
              S01
                  + ":22:47: error [ASM-004] Item `Q-M01-S01` was last reviewed on 2025-11-24,"
                  + " more than 12 months ago (review cycle, ASM-004's `cycle_months` option)."
                  + " Content and regulations change, so items are re-reviewed every cycle. Have"
                  + " an SME review it again and update `reviewed_on`.");
    }

    @Test
    void reviewExactlyOneCycleAgoIsStillCurrent() {
      course.edit(S01, "reviewed_on: 2026-09-08", "reviewed_on: 2025-11-25");

      assertThat(course.printed("ASM-004")).isEmpty();
    }

    @Test
    void theCycleIsAnOption() {
      course
          .edit(S01, "reviewed_on: 2026-09-08", "reviewed_on: 2025-11-24")
          .write("coursekit.yml", "rules:\n  ASM-004: { cycle_months: 24 }\n");

      assertThat(course.printed("ASM-004")).isEmpty();
    }

    @Test
    void unapprovedItemIsAnError() {
      course.edit(S01, "status: approved", "status: draft");

      assertThat(course.printed("ASM-004"))
          .containsExactly(
              S01
                  + ":22:67: error [ASM-004] Item `Q-M01-S01` has review status `draft`, not"
                  + " `approved`. Only items an SME approved may be used. When the SME approves"
                  + " it, set `status: approved`.");
    }

    @Test
    void itemWithoutSourceOrReviewIsAnErrorAtTheItem() {
      course.cut(S01, "source:", "ai_assisted");

      assertThat(course.printed("ASM-004"))
          .containsExactly(
              S01
                  + ":1:1: error [ASM-004] Item `Q-M01-S01` does not name its source. Items must"
                  + " rest on a cited source and be checked by a qualified SME (ICE ACAP area 4;"
                  + " CACS; ANAB CPIDP guidance). Add the document and section it rests on, e.g."
                  + " `source: { reference: \"SOP-123 rev 7, section 5.2\" }`.",
              S01
                  + ":1:1: error [ASM-004] Item `Q-M01-S01` has no SME review. Items must rest on"
                  + " a cited source and be checked by a qualified SME (ICE ACAP area 4; CACS;"
                  + " ANAB CPIDP guidance). Add e.g. `review: { reviewers: [sme-chen], reviewed_on:"
                  + " 2026-08-18, status: approved }`.");
    }
  }

  @Nested
  class AnswerKeys {

    private static final String S04 = "items/secure/Q-M01-S04.yml";

    @Test
    void singleChoiceWithTwoKeysIsAnErrorAtTheSecondKey() {
      course.edit(
          S01,
          "  - text: The product is packed in eutectic gel packs that stay below −150 °C for the"
              + " whole journey.\n",
          "  - text: The product is packed in eutectic gel packs that stay below −150 °C for the"
              + " whole journey.\n    correct: true\n");

      assertThat(course.printed("ASM-005"))
          .containsExactly(
              S01
                  + ":12:5: error [ASM-005] Single-choice item `Q-M01-S01` marks 2 options as"
                  + " correct, but a single-choice item has exactly one key. Keep `correct: true`"
                  + " on one option, or make it `type: multiple` if learners must select"
                  + " several.");
    }

    @Test
    void choiceItemWithoutKeyIsAnError() {
      course.edit(S01, "    correct: true\n", "");

      assertThat(course.printed("ASM-005"))
          .containsExactly(
              S01
                  + ":10:3: error [ASM-005] Single-choice item `Q-M01-S01` has no correct option."
                  + " Without a key the item cannot be scored the same way for every learner (QM"
                  + " 3.3). Mark the correct option with `correct: true`.");
    }

    @Test
    void choiceItemWithOneDistractorIsAnError() {
      course
          .edit(
              S01,
              "  - text: A battery-powered cooler in the lid removes heat from the well.\n",
              "")
          .edit(
              S01,
              "  - text: The product bag sits in a sealed reservoir of liquid nitrogen inside the"
                  + " canister.\n",
              "");

      assertThat(course.printed("ASM-005"))
          .containsExactly(
              S01
                  + ":10:3: error [ASM-005] Single-choice item `Q-M01-S01` has only 1 wrong"
                  + " option; a choice item needs at least 2 plausible distractors so that"
                  + " guessing rarely succeeds (item-writing practice; QM 3.3). Add wrong options,"
                  + " e.g. `- text: The courier's tracking number`.");
    }

    @Test
    void multipleChoiceWithSeveralKeysAndTwoDistractorsIsFine() {
      assertThat(course.read(F2)).contains("type: multiple");
      assertThat(course.findings("ASM-005")).isEmpty();
    }

    @Test
    void missingRationaleIsAWarning() {
      course.cut(S01, "rationale:", "points:");

      assertThat(course.printed("ASM-005"))
          .containsExactly(
              S01
                  + ":1:1: warning [ASM-005] Item `Q-M01-S01` has no `rationale`. A rationale"
                  + " records why the key is right and the other answers wrong, for reviewers and"
                  + " for learners who challenge a question (QM 3.3). Add one, e.g. `rationale:"
                  + " The SOP limit applies to every reading.`");
    }

    @Test
    void numericItemNeedsValueAndTolerance() {
      course.edit(S04, "answer: { value: 136, tolerance: 0 }", "answer: { value: 136 }");

      assertThat(course.printed("ASM-005"))
          .containsExactly(
              S04
                  + ":10:9: error [ASM-005] The `answer` of numeric item `Q-M01-S04` has no"
                  + " `tolerance`. Without a key the item cannot be scored the same way for every"
                  + " learner (QM 3.3). Write both, e.g. `answer: { value: 2.5, tolerance: 0.1 }`"
                  + " (tolerance 0 for an exact answer).");
    }

    @Test
    void negativeToleranceIsAnError() {
      course.edit(S04, "tolerance: 0 }", "tolerance: -1 }");

      assertThat(course.findings("ASM-005"))
          .extracting(CourseFixture::at)
          .containsExactly(S04 + ":10:34");
    }

    @Test
    void shortAnswerWithoutAcceptedAnswersIsAnError() {
      String item = "items/secure/Q-M02-S01.yml";
      course.replaceSpan(item, "accept:", "rationale:", "accept: []\n");

      assertThat(course.printed("ASM-005"))
          .containsExactly(
              item
                  + ":10:9: error [ASM-005] Short-answer item `Q-M02-S01` lists no accepted"
                  + " answers. Without a key the item cannot be scored the same way for every"
                  + " learner (QM 3.3). Add them, e.g. `accept: [\"chain of identity\", COI]`.");
    }

    @Test
    void matchingPairNeedsBothSides() {
      course.write(
          "items/secure/Q-M02-S99.yml",
          """
          id: Q-M02-S99
          type: matching
          use: summative
          objectives: [LO-M02-1]
          stem: Match each abbreviation with its meaning.
          pairs:
            - { left: COI, right: Chain of identity }
            - { left: COC }
          rationale: Identity and custody are tracked separately.
          source: { reference: "ISBT 128 ST-004" }
          authors: [author-rivera]
          review: { reviewers: [sme-chen], reviewed_on: 2026-09-09, status: approved }
          """);

      assertThat(course.printed("ASM-005"))
          .containsExactly(
              "items/secure/Q-M02-S99.yml:8:5: error [ASM-005] This pair of matching item"
                  + " `Q-M02-S99` lacks its `right` side. Write both sides, e.g. `{ left: COI,"
                  + " right: Chain of identity }`.");
    }

    @Test
    void rubricCriterionWithoutObjectiveIsAnError() {
      String item = "items/secure/Q-PT-01.yml";
      course.edit(item, "    points: 2\n    objective: LO-M02-2\n", "    points: 2\n");

      assertThat(course.printed("ASM-005"))
          .containsExactly(
              item
                  + ":39:5: error [ASM-005] This rubric criterion of `Q-PT-01` has no"
                  + " `objective`. Each criterion says what is judged, how many points it is worth"
                  + " and which objective it measures (QM 3.3). Complete it, e.g. `{ criterion:"
                  + " Labels checked before opening, points: 2, objective: LO-M01-1 }`.");
    }

    @Test
    void unknownTypeIsAnErrorWithASuggestion() {
      course.edit(S01, "type: single", "type: singel");

      assertThat(course.printed("ASM-005"))
          .containsExactly(
              S01
                  + ":2:7: error [ASM-005] Item `Q-M01-S01` has the type `singel`, which CourseKit"
                  + " does not know, so its key cannot be checked. Use one of `single`,"
                  + " `multiple`, `numeric`, `short`, `matching`, `case`, `performance` or"
                  + " `observation`. Did you mean `single`?");
    }
  }

  @Nested
  class PassRuleReachable {

    @Test
    void attemptsWithoutWaitIsAnError() {
      course.edit(PROGRAM, "attempts: { max: 3, wait_days: 7 }", "attempts: { max: 3 }");

      assertThat(course.printed("ASM-006"))
          .containsExactly(
              PROGRAM
                  + ":82:13: error [ASM-006] `completion.attempts` does not declare `wait_days`."
                  + " Learners must know before they start how often they may retake the"
                  + " assessment and how long they wait in between (QM 3.2). Declare both, e.g."
                  + " `attempts: { max: 3, wait_days: 7 }`.");
    }

    @Test
    void pointsScaleScoreAboveTheFormsMaximumIsAnError() {
      course.edit(PROGRAM, "scale: percent", "scale: points");

      assertThat(course.printed("ASM-006"))
          .containsExactly(
              PROGRAM
                  + ":75:12: error [ASM-006] The passing score is 80 points, but the required"
                  + " assessments are worth at most 50 points together. A pass rule no learner"
                  + " can meet makes the certificate unattainable (QM 3.2). Lower the passing"
                  + " score or add points to the assessments.");
    }

    @Test
    void pointsScaleScoreEqualToTheMaximumIsReachable() {
      course
          .edit(PROGRAM, "scale: percent", "scale: points")
          .edit(PROGRAM, "score: 80", "score: 50");

      assertThat(course.printed("ASM-006")).isEmpty();
    }

    @Test
    void aDrawCountsItsSmallestItems() {
      course
          .edit(PROGRAM, "scale: percent", "scale: points")
          .edit(PROGRAM, "score: 80", "score: 49")
          .edit(EXAM, "draw: 30", "draw: 29");

      // A 2-point item may be the one left out: 42 - 2 online and 8 in person are sure.
      assertThat(course.findings("ASM-006"))
          .singleElement()
          .extracting(Finding::message)
          .asString()
          .startsWith(
              "The passing score is 49 points, but the required assessments are worth at"
                  + " most 48 points together.");
    }

    @Test
    void conjunctiveRuleWithoutMinimumsIsAnError() {
      course.edit(PROGRAM, "rule: compensatory", "rule: conjunctive");

      assertThat(course.printed("ASM-006"))
          .containsExactly(
              PROGRAM
                  + ":77:11: error [ASM-006] The passing rule is conjunctive, but"
                  + " `per_outcome_minimum` names no outcome, so the rule is incomplete and"
                  + " learners cannot know what they must reach. Add a minimum per outcome, e.g."
                  + " `per_outcome_minimum: { PO-1: 70 }`, or use `rule: compensatory`.");
    }

    @Test
    void unreachableOutcomeMinimumIsAnErrorAtTheOutcome() {
      course
          .edit(PROGRAM, "scale: percent", "scale: points")
          .edit(PROGRAM, "score: 80", "score: 40")
          .edit(
              PROGRAM,
              "rule: compensatory",
              "rule: conjunctive\n    per_outcome_minimum: { PO-1: 13, PO-4: 14 }");

      // PO-1 and PO-4 are each measured by items worth 13 points, Q-PT-01's rubric included.

      assertThat(course.printed("ASM-006"))
          .containsExactly(
              PROGRAM
                  + ":78:38: error [ASM-006] The minimum of 14 points for `PO-4` cannot be"
                  + " reached: its items are worth at most 13 points. A pass rule no learner can"
                  + " meet makes the certificate unattainable (QM 3.2). Lower the minimum or add"
                  + " items on `PO-4` (or on objectives that support it) to the assessments.");
    }

    @Test
    void percentMinimumAbove100IsUnreachable() {
      course.edit(
          PROGRAM,
          "rule: compensatory",
          "rule: conjunctive\n    per_outcome_minimum: { PO-1: 100, PO-2: 101 }");

      assertThat(course.findings("ASM-006"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(CourseFixture.at(f)).isEqualTo(PROGRAM + ":78:39");
                assertThat(f.message())
                    .startsWith(
                        "The minimum of 101 percent for `PO-2` cannot be reached: no one can"
                            + " score more than 100 percent.");
              });
    }
  }

  @Nested
  class SummativeItemsSecured {

    @Test
    void summativeItemOutsideTheSecureFolderIsAnError() {
      course.edit(F2, "use: formative", "use: summative");

      assertThat(course.printed("ASM-007"))
          .containsExactly(
              F2
                  + ":3:6: error [ASM-007] Summative item `Q-M01-F2` is written in"
                  + " items/Q-M01-F2.yml, outside items/secure/, where it could be published."
                  + " Summative questions must stay secret (QM 3.6). Move it to its own file"
                  + " under items/secure/, e.g. items/secure/Q-M01-F2.yml, or make it `use:"
                  + " formative` if it is practice.");
    }

    @Test
    void summativeQuizBlockInAModuleIsAnError() {
      course.edit(
          "modules/m01-receipt.md",
          "id: Q-M01-F1\ntype: single\nuse: formative",
          "id: Q-M01-F1\ntype: single\nuse: summative");

      assertThat(course.findings("ASM-007"))
          .extracting(CourseFixture::at)
          .containsExactly("modules/m01-receipt.md:134:6");
    }

    @Test
    void formativeItemInTheSecureFolderIsAnError() {
      course.edit(S01, "use: summative", "use: formative");

      assertThat(course.printed("ASM-007"))
          .containsExactly(
              S01
                  + ":3:6: error [ASM-007] Item `Q-M01-S01` is marked `use: formative` but lives"
                  + " under items/secure/, the folder for secret summative items, so learners"
                  + " never see it. Move it to items/ if it is practice, or change it to `use:"
                  + " summative`.");
    }

    @Test
    void secureItemWithoutUseIsSummative() {
      course.edit(S01, "use: summative\n", "");

      assertThat(course.printed("ASM-007")).isEmpty();
    }
  }
}
