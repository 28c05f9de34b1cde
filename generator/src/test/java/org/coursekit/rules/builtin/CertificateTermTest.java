package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Period;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateTermTest {

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void theExampleTermAndRationaleAreDeclared() {
    assertThat(course.printed("PRG-005")).isEmpty();
  }

  @Test
  void lifetimeAndMonthTermsAreNearMisses() {
    course.edit("program.yml", "  term: P3Y\n", "  term: lifetime\n");
    assertThat(course.printed("PRG-005")).isEmpty();

    course.edit("program.yml", "  term: lifetime\n", "  term: P2Y6M\n");
    assertThat(course.printed("PRG-005")).isEmpty();
  }

  @Test
  void aTermInWordsIsAnError() {
    course.edit("program.yml", "  term: P3Y\n", "  term: 3 years\n");

    assertThat(course.printed("PRG-005"))
        .containsExactly(
            "program.yml:87:9: error [PRG-005] `certificate.term` is `3 years`, which is neither an"
                + " ISO-8601 duration nor `lifetime`, so no expiry date can be printed on the"
                + " certificate (E2659-18 6.1.4). Write it as, e.g., `P3Y` (three years), `P18M`"
                + " (18 months) or `lifetime`.");
  }

  @Test
  void aMissingTermAndRationaleAreErrors() {
    course.edit("program.yml", "  term: P3Y\n", "");
    YamlBlocks.remove(course, "program.yml", "  term_rationale");

    assertThat(course.printed("PRG-005"))
        .containsExactly(
            "program.yml:87:3: error [PRG-005] program.yml has no `certificate.term_rationale`:"
                + " explain why the term fits, e.g. how often the guidance and regulations behind"
                + " the content change (E2659-18 6.1.4, Note 4). Add it, e.g. `term_rationale: The"
                + " labelling standards and FDA guidance taught here are revised about every three"
                + " years`.",
            "program.yml:87:3: error [PRG-005] program.yml has no `certificate.term`: say how long"
                + " the certificate stays current (E2659-18 6.1.4). Add it as an ISO-8601"
                + " duration, e.g. `term: P3Y` for three years, or `term: lifetime`.");
  }

  @Test
  void zeroAndNegativePeriodsAreNotTerms() {
    assertThat(CertificateTerm.duration("P0Y")).isEmpty();
    assertThat(CertificateTerm.duration("-P1Y")).isEmpty();
    assertThat(CertificateTerm.duration("P1Y-2M")).isEmpty();
    assertThat(CertificateTerm.duration("P18M")).contains(Period.ofMonths(18));
    assertThat(CertificateTerm.duration("lifetime")).contains(Period.ZERO);
  }
}
