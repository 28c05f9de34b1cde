package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationCurrentTest {

  private static final String INSTRUMENTS =
      "instruments: [reaction-survey, item-analysis, 90-day-supervisor-survey]";

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
    YamlBlocks.replace(
        course,
        "program.yml",
        "evaluation",
        "evaluation: { plan: docs/evaluation-plan.md, cycle_months: 12, "
            + INSTRUMENTS
            + ", last_completed: 2026-10-30 }\n");
  }

  @Test
  void theExampleEvaluationIsCurrent() {
    assertThat(course.printed("PRG-012")).isEmpty();
  }

  @Test
  void anEvaluationDueTodayAndOtherInstrumentNamesAreNearMisses() {
    // Completed 2026-10-30 on a 12-month cycle: due 2027-10-30.
    course
        .today(LocalDate.of(2027, 10, 30))
        .edit("program.yml", INSTRUMENTS, "instruments: [Learner satisfaction survey, pass rates]");

    assertThat(course.printed("PRG-012")).isEmpty();
  }

  @Test
  void anOverdueEvaluationIsAWarning() {
    course.today(LocalDate.of(2027, 10, 31));

    assertThat(course.printed("PRG-012"))
        .containsExactly(
            "program.yml:100:153: warning [PRG-012] The last program evaluation was completed on"
                + " 2026-10-30, more than the 12-month cycle ago; it was due by 2027-10-30 (ANAB,"
                + " program evaluation). Complete the evaluation and update `last_completed`.");
  }

  @Test
  void instrumentsWithoutReactionsOrOutcomeDataAreAWarning() {
    course.edit("program.yml", INSTRUMENTS, "instruments: [90-day-supervisor-survey]");

    assertThat(course.printed("PRG-012"))
        .containsExactly(
            "program.yml:100:77: warning [PRG-012] `evaluation.instruments` lists no"
                + " learner-reaction survey (e.g. `reaction-survey`) and no outcome data (e.g."
                + " `item-analysis` or `pass-rates`); an evaluation needs both what learners"
                + " thought and what they achieved (ANAB, program evaluation; ACPE Standard 11)."
                + " Add them, e.g. `instruments: [reaction-survey, item-analysis]`.");
  }

  @Test
  void moreInstrumentNamesCanBeConfigured() {
    course
        .edit("program.yml", INSTRUMENTS, "instruments: [kirkpatrick-l1, kirkpatrick-l2]")
        .write(
            "coursekit.yml",
            course.read("coursekit.yml")
                + "rules:\n  PRG-012: { reaction_instruments: [Kirkpatrick L1],"
                + " outcome_instruments: [kirkpatrick-l2] }\n");

    assertThat(course.printed("PRG-012")).isEmpty();
  }

  @Test
  void missingPlanDateAndQualityRecordsAreWarnings() {
    course
        .edit("program.yml", "plan: docs/evaluation-plan.md, ", "")
        .edit("program.yml", ", last_completed: 2026-10-30", "")
        .edit(
            "program.yml",
            "quality: { internal_audit_on: 2026-11-03, management_review_on: 2026-11-17 }\n",
            "");

    assertThat(course.printed("PRG-012"))
        .containsExactly(
            "program.yml:1:1: warning [PRG-012] program.yml records no"
                + " `quality.internal_audit_on`: an internal audit checks that the program follows"
                + " its own policies and procedures (ANAB, internal audit). Add the date of the"
                + " last one, e.g. `quality: { internal_audit_on: 2026-05-15 }`.",
            "program.yml:1:1: warning [PRG-012] program.yml records no"
                + " `quality.management_review_on`: management review decides on changes from"
                + " audit and evaluation results (ANAB, management review). Add the date of the"
                + " last one, e.g. `management_review_on: 2026-07-10` under `quality`.",
            "program.yml:100:13: warning [PRG-012] `evaluation` has no `last_completed` date, so"
                + " nothing shows the program has been evaluated with participant data (ANAB,"
                + " program evaluation). Add the date the last evaluation was completed, e.g."
                + " `last_completed: 2026-06-30`.",
            "program.yml:100:13: warning [PRG-012] `evaluation` names no `plan`: the evaluation"
                + " plan says what is measured and how results lead to changes (ANAB, program"
                + " evaluation). Add it, e.g. `plan: docs/evaluation-plan.md`.");
  }
}
