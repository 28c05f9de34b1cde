package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateByAssessmentTest {

  private static final String REQUIRES =
      "requires: [all-modules, assessment:final-exam, assessment:practical-receipt-check]";

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void theExampleCertificateRequiresTheFinalExam() {
    assertThat(course.printed("PRG-004")).isEmpty();
  }

  @Test
  void anAssessmentAloneIsANearMiss() {
    course.edit("program.yml", REQUIRES, "requires: [assessment:final-exam]");

    assertThat(course.printed("PRG-004")).isEmpty();
  }

  @Test
  void completionByViewingModulesIsAnError() {
    course.edit("program.yml", REQUIRES, "requires: [all-modules]");

    assertThat(course.printed("PRG-004"))
        .containsExactly(
            "program.yml:73:13: error [PRG-004] `completion.requires` lists `all-modules`, so the"
                + " certificate would be earned by viewing modules or spending time, not by passing"
                + " an assessment (E2659 1.4; ICE 1100). Add the summative assessment, e.g."
                + " `requires: [all-modules, assessment:final-exam]`.");
  }

  @Test
  void aFormativeAssessmentCannotEarnTheCertificate() {
    course.edit("assessments/final-exam.yml", "use: summative", "use: formative");

    assertThat(course.printed("PRG-004"))
        .containsExactly(
            "program.yml:73:27: error [PRG-004] `assessment:final-exam` names an assessment with"
                + " `use: formative`; only a summative assessment can earn the certificate (E2659"
                + " 1.4; ICE 1100). Set `use: summative` in assessments/final-exam.yml or name the"
                + " summative assessment instead.");
  }

  @Test
  void aProgramWithoutCompletionIsAnError() {
    YamlBlocks.remove(course, "program.yml", "completion");

    assertThat(course.printed("PRG-004"))
        .containsExactly(
            "program.yml:1:1: error [PRG-004] program.yml has no `completion`: say what a learner"
                + " must do to earn the certificate, which must include passing a summative"
                + " assessment (E2659 1.4; ICE 1100). Add it, e.g. `completion: { requires:"
                + " [all-modules, assessment:final-exam] }`.");
  }
}
