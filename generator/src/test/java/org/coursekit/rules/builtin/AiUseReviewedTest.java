package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiUseReviewedTest {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String ITEM = "items/secure/Q-M01-S01.yml";

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  /** Marks m01 as AI-assisted, with an approved SME review on 2026-10-15. */
  private void markModuleAiAssisted() {
    course.edit(M01, "\nai_assisted: false\n---", "\nai_assisted: true\n---");
    YamlBlocks.replace(
        course,
        M01,
        "review",
        "review: { reviewers: [sme-chen], reviewed_on: 2026-10-15, decision: approved }\n");
  }

  @Test
  void theExampleCourseUsesNoAi() {
    assertThat(course.printed("PRG-013")).isEmpty();
  }

  @Test
  void anAiAssistedModuleReviewedOnTheDayOfItsLastChangeIsANearMiss() {
    markModuleAiAssisted();
    assertThat(course.printed("PRG-013")).isEmpty();

    course.history(FakeHistory.empty().changed(M01, LocalDate.of(2026, 10, 15)));
    assertThat(course.printed("PRG-013")).isEmpty();
  }

  @Test
  void anAiAssistedModuleChangedAfterItsReviewIsAnError() {
    markModuleAiAssisted();
    course.history(FakeHistory.empty().changed(M01, LocalDate.of(2026, 10, 20)));

    assertThat(course.printed("PRG-013"))
        .containsExactly(
            "modules/m01-receipt.md:35:14: error [PRG-013] Module `m01-receipt` is marked"
                + " `ai_assisted: true` and was last changed on 2026-10-20 (git), after its SME"
                + " review on 2026-10-15; the AI-assisted change has not been reviewed (E2659-24"
                + " automation policy). Have an SME review it again and update `reviewed_on`.");
  }

  @Test
  void anAiAssistedItemWithoutAnApprovedSmeReviewIsAnError() {
    course.edit(ITEM, "ai_assisted: false", "ai_assisted: true");
    YamlBlocks.replace(
        course,
        ITEM,
        "review",
        "review: { reviewers: [psy-nguyen], reviewed_on: 2026-09-08, status: draft }\n");

    assertThat(course.printed("PRG-013"))
        .containsExactly(
            "items/secure/Q-M01-S01.yml:23:14: error [PRG-013] Item `Q-M01-S01` is marked"
                + " `ai_assisted: true`, but its review does not show a human SME approved it: no"
                + " reviewer with the role `sme` in people.yml; it is not approved (E2659-24"
                + " automation policy). Complete the review, e.g. `review: { reviewers: [sme-chen],"
                + " reviewed_on: 2026-11-25, status: approved }`.");
  }

  @Test
  void anAiAssistedItemWithoutReviewIsAnError() {
    course.edit(ITEM, "ai_assisted: false", "ai_assisted: true");
    YamlBlocks.remove(course, ITEM, "review");

    assertThat(course.printed("PRG-013"))
        .containsExactly(
            "items/secure/Q-M01-S01.yml:22:14: error [PRG-013] Item `Q-M01-S01` is marked"
                + " `ai_assisted: true` but has no review record; AI-assisted content must be"
                + " checked by a human SME (E2659-24 automation policy). Add the review, e.g."
                + " `review: { reviewers: [sme-chen], reviewed_on: 2026-11-25, status: approved"
                + " }`.");
  }

  @Test
  void aiUseWithoutAnAutomationPolicyIsAnError() {
    markModuleAiAssisted();
    course.edit("program.yml", "  automation: policies/ai-and-automation.md\n", "");

    assertThat(course.printed("PRG-013"))
        .containsExactly(
            "program.yml:104:3: error [PRG-013] Content is marked `ai_assisted: true`"
                + " (modules/m01-receipt.md), but program.yml names no automation policy (E2659-24:"
                + " a documented policy on automation and AI). Add the policy document and name it,"
                + " e.g. `automation: policies/ai-and-automation.md` under `policies`.");
  }

  @Test
  void noAutomationPolicyIsNeededWithoutAiUse() {
    course.edit("program.yml", "  automation: policies/ai-and-automation.md\n", "");

    assertThat(course.printed("PRG-013")).isEmpty();
  }
}
