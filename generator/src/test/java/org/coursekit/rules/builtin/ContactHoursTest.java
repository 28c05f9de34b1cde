package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadResult;
import org.coursekit.rules.CourseFixture;
import org.coursekit.rules.CourseValidator;
import org.coursekit.rules.ValidationOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactHoursTest {

  private static final String CREDIT = "  - { type: iacet-ceu, amount: 0.3, unit: ceu }\n";

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void theExampleHoursAndCeusAddUp() {
    // Four modules of 45 minutes: 3.0 contact hours, 0.3 CEU.
    assertThat(course.printed("PRG-008")).isEmpty();
  }

  @Test
  void hoursWithinFivePercentAndAMatchingContactHourCreditAreNearMisses() {
    course
        .edit("program.yml", "contact_hours: 3.0", "contact_hours: 3.15")
        .edit("program.yml", CREDIT, CREDIT + "  - { type: acpe, amount: 3.15 }\n");

    assertThat(course.printed("PRG-008")).isEmpty();
  }

  @Test
  void hoursThatDoNotAddUpAreAnErrorAndTheCeuFollowsTheDeclaredHours() {
    course.edit("program.yml", "contact_hours: 3.0", "contact_hours: 3.5");

    assertThat(course.printed("PRG-008"))
        .containsExactly(
            "program.yml:83:16: error [PRG-008] `contact_hours` is 3.5, but the modules'"
                + " `duration_minutes` add up to 180 minutes (3.0 hours), more than 5 % apart"
                + " (IACET 6.4). Set `contact_hours: 3.0` or correct the module durations.",
            "program.yml:85:32: error [PRG-008] The credit `iacet-ceu` is 0.3 CEU, but 3.5 contact"
                + " hours are 0.4 CEU (one CEU per ten contact hours, rounded to tenths; IACET"
                + " 6.4). Set `amount: 0.4`.");
  }

  @Test
  void theToleranceIsAnOption() {
    course.edit("program.yml", "contact_hours: 3.0", "contact_hours: 3.25");
    assertThat(course.findings("PRG-008")).hasSize(1);

    course.write(
        "coursekit.yml",
        course.read("coursekit.yml") + "rules:\n  PRG-008: { tolerance_percent: 10 }\n");
    assertThat(course.printed("PRG-008")).isEmpty();
  }

  @Test
  void aModuleWithoutTimeIsAnErrorUnlessItIsNotCounted() {
    // The total is then unknown, so contact_hours is not compared with it.
    course.edit("modules/m02-chain-of-identity.md", "duration_minutes: 45", "duration_minutes: 0");
    assertThat(course.printed("PRG-008"))
        .containsExactly(
            "modules/m02-chain-of-identity.md:5:19: error [PRG-008] Module `m02-chain-of-identity`"
                + " has `duration_minutes: 0`; every module's instructional time counts toward"
                + " contact hours and CEUs (IACET 6.4). Give the minutes of instruction, breaks"
                + " excluded, e.g. `duration_minutes: 45`.");

    course
        .edit(
            "modules/m02-chain-of-identity.md",
            "duration_minutes: 0",
            "duration_minutes: 0\ncounted: false")
        .edit("program.yml", "contact_hours: 3.0", "contact_hours: 2.25")
        .edit("program.yml", "amount: 0.3, unit: ceu", "amount: 0.2, unit: ceu");
    assertThat(course.printed("PRG-008")).isEmpty();
  }

  @Test
  void aDurationOfTheWrongTypeIsLeftToTheLoader() throws IOException {
    course.edit(
        "modules/m02-chain-of-identity.md", "duration_minutes: 45", "duration_minutes: 45m");
    LoadResult loaded = new CourseLoader().load(course.root());

    assertThat(loaded.findings()).extracting(Finding::rule).containsExactly("FMT-003");
    assertThat(
            new CourseValidator(List.of(new ContactHours()))
                .validate(loaded.course(), ValidationOptions.on(CourseFixture.TODAY)))
        .isEmpty();
  }

  @Test
  void aCreditOfContactHoursMustMatchTheProgram() {
    course.edit("program.yml", CREDIT, CREDIT + "  - { type: acpe, amount: 4 }\n");

    assertThat(course.printed("PRG-008"))
        .containsExactly(
            "program.yml:86:27: error [PRG-008] The credit `acpe` is 4.0 contact hours, but the"
                + " program has 3.0 contact hours; credit is awarded for the instructional time"
                + " actually offered (IACET 6.4). Set `amount: 3.0`.");
  }

  @Test
  void aCreditWithoutAKnownUnitIsAnError() {
    course.edit("program.yml", CREDIT, CREDIT + "  - { type: state-board, amount: 3 }\n");

    assertThat(course.printed("PRG-008"))
        .containsExactly(
            "program.yml:86:5: error [PRG-008] The credit `state-board` has no `unit`; say whether"
                + " its amount is in CEUs or contact hours (course-format.md section 10). Add"
                + " `unit: ceu` or `unit: contact-hours`.");
  }

  @Test
  void aProgramTooShortForACeuIsAnError() {
    course
        .edit("program.yml", "contact_hours: 3.0", "contact_hours: 0.4")
        .edit("program.yml", "amount: 0.3, unit: ceu", "amount: 0.1, unit: ceu");
    for (String module :
        new String[] {"m01-receipt", "m02-chain-of-identity", "m03-storage-and-thaw"}) {
      course.edit("modules/" + module + ".md", "duration_minutes: 45", "duration_minutes: 6");
    }
    course.edit("modules/m04-deviations.md", "duration_minutes: 45", "duration_minutes: 6");

    assertThat(course.printed("PRG-008"))
        .containsExactly(
            "program.yml:85:32: error [PRG-008] The program has 0.4 contact hours, too few for"
                + " CEUs: that is 0.0 CEU once rounded to tenths, and the smallest award is 0.1 CEU"
                + " (IACET 6.4). Remove the credit or lengthen the program.");
  }
}
