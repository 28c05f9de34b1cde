package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LengthAndPrecisionTest {

  private static final String M02 = "modules/m02-chain-of-identity.md";
  private static final String IDENTIFY =
      "text: Identify the label fields that link a cellular therapy product to one patient";

  @TempDir Path folder;
  private CourseFixture fixture;

  @BeforeEach
  void copyExampleCourse() {
    fixture = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void threeWordsAfterTheStemAreTooFew() {
    fixture.edit(M02, IDENTIFY, "text: Learners will be able to identify label fields");

    assertThat(fixture.printed("LO-007"))
        .containsExactly(
            M02
                + ":9:11: info [LO-007] Objective `LO-M02-1` has only 3 words after its stem"
                + " “Learners will be able to”; 4 to 35 words are specific enough to assess"
                + " (Davenport University guidance). Say what the learner acts on and in what"
                + " setting, e.g. “Classify a handling event as a deviation or an"
                + " out-of-specification result”.");
  }

  @Test
  void fourWordsAreEnough() {
    fixture.edit(M02, IDENTIFY, "text: Learners will be able to identify the label fields");

    assertThat(fixture.printed("LO-007")).isEmpty();
  }

  @Test
  void moreThanThirtyFiveWordsAreTooMany() {
    fixture.edit(
        M02,
        IDENTIFY,
        IDENTIFY
            + " in the order in which the site procedure lists them, starting with the"
            + " chain-of-identity identifier, then the patient name and date of birth, then the"
            + " product code and the collection date");

    assertThat(fixture.printed("LO-007"))
        .containsExactly(
            M02
                + ":9:11: info [LO-007] Objective `LO-M02-1` has 44 words, more than 35; a long"
                + " objective usually hides several performances or a procedure (Davenport"
                + " University guidance). Keep one performance in the text and move the setting"
                + " and the standard to `condition` and `criterion`.");
  }

  @Test
  void placeholdersAndVagueWordsAreNamed() {
    fixture.edit(M02, IDENTIFY, "text: Identify the various label fields, codes, etc.");

    assertThat(fixture.printed("LO-007"))
        .containsExactly(
            M02
                + ":9:11: info [LO-007] Objective `LO-M02-1` contains the placeholder “etc” and"
                + " the vague word “various”, which leave it unfinished or imprecise. An objective"
                + " must say exactly what will be assessed (IACET 5.1; Davenport University, verbs"
                + " and phrases to avoid). Replace them with the specific content, e.g. name the"
                + " tests instead of writing “various tests” or “etc.”.");
  }

  @Test
  void domainTermsThatLookVagueAreNearMisses() {
    fixture.edit(
        M02,
        IDENTIFY,
        "text: Identify the label fields that good documentation practice requires as well");

    assertThat(fixture.printed("LO-007")).isEmpty();
  }
}
