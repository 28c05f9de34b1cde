package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnePerformanceTest {

  private static final String M02 = "modules/m02-chain-of-identity.md";
  private static final String M04 = "modules/m04-deviations.md";
  private static final String WHY =
      " One performance per objective lets each be taught and assessed on its own (SMART:"
          + " specific).";

  @TempDir Path folder;
  private CourseFixture fixture;

  @BeforeEach
  void copyExampleCourse() {
    fixture = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void coordinatedVerbsSuggestASplit() {
    fixture.edit(
        M02, "text: Identify the label fields", "text: Identify and describe the label fields");

    assertThat(fixture.printed("LO-004"))
        .containsExactly(
            M02
                + ":9:11: info [LO-004] Objective `LO-M02-1` names 2 performances (“Identify” and"
                + " “describe”)."
                + WHY
                + " Split it into one objective per verb, e.g. one starting “Identify” and one"
                + " starting “Describe”; fixed pairs such as “compare and contrast” are fine.");
  }

  @Test
  void aSecondVerbWithItsOwnObjectCounts() {
    fixture.edit(
        M02,
        "text: Verify a product label against the order record using",
        "text: Verify a product label against the order record, then record the outcome using");

    assertThat(fixture.printed("LO-004"))
        .containsExactly(
            M02
                + ":13:11: info [LO-004] Objective `LO-M02-2` names 2 performances (“Verify” and"
                + " “record”)."
                + WHY
                + " Split it into one objective per verb, e.g. one starting “Verify” and one"
                + " starting “Record”; fixed pairs such as “compare and contrast” are fine.");
  }

  @Test
  void idiomsNounsAndAlternativesAreNearMisses() {
    fixture.edit(
        M04,
        "text: Classify a product-handling event as a deviation, an out-of-specification result"
            + " or neither",
        "text: Compare and contrast a deviation and an out-of-specification result");
    fixture.edit(
        M02,
        "text: Identify the label fields",
        "text: Identify or name the order record and label fields");

    assertThat(fixture.printed("LO-004")).isEmpty();
  }
}
