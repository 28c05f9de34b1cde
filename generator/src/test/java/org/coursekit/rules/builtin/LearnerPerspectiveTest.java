package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnerPerspectiveTest {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String EXPLAIN = "text: Explain how a dry shipper keeps";
  private static final String WHY =
      " Objectives say what the learner will be able to do, from the learner's side (QM 2.3;"
          + " Michigan Tech verb list).";
  private static final String UNDERSTAND_FIX =
      " Rewrite it as the learner's performance, starting with an Understand verb such as"
          + " explain, describe, summarize, classify or compare.";

  @TempDir Path folder;
  private CourseFixture fixture;

  @BeforeEach
  void copyExampleCourse() {
    fixture = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void aTeacherSideOpenerIsAnError() {
    fixture.edit(M01, EXPLAIN, "text: This module explains how a dry shipper keeps");

    assertThat(fixture.printed("LO-005"))
        .containsExactly(
            M01
                + ":9:11: error [LO-005] Objective `LO-M01-1` starts with “This module”, which"
                + " describes what the instructor or the module does, not what the learner will be"
                + " able to do."
                + WHY
                + UNDERSTAND_FIX);
  }

  @Test
  void aTopicIsAnError() {
    fixture.edit(M01, EXPLAIN, "text: Basics of how a dry shipper keeps");

    assertThat(fixture.printed("LO-005"))
        .containsExactly(
            M01
                + ":9:11: error [LO-005] Objective `LO-M01-1` starts with “Basics of”, which names"
                + " a topic rather than what the learner will be able to do."
                + WHY
                + UNDERSTAND_FIX);
  }

  @Test
  void anIngFormIsATopicAndTheFixIsItsBaseForm() {
    fixture.edit(M01, EXPLAIN, "text: Explaining how a dry shipper keeps");

    assertThat(fixture.printed("LO-005"))
        .containsExactly(
            M01
                + ":9:11: error [LO-005] Objective `LO-M01-1` starts with “Explaining”, an -ing"
                + " form that names a topic or activity rather than what the learner will be able"
                + " to do."
                + WHY
                + " Start with the verb itself (“Explain …”).");
  }

  @Test
  void theLearnerAsSubjectAndAnExplanationToSomeoneAreNearMisses() {
    fixture.edit(
        M01, EXPLAIN, "text: The learner will explain to a new colleague how a dry shipper keeps");

    assertThat(fixture.printed("LO-005")).isEmpty();
  }
}
