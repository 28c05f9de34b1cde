package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coursekit.history.CourseHistory;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubstantiveChangeTest {

  private static final String EVALUATION =
      "evaluation: { plan: docs/evaluation-plan.md, cycle_months: 12, instruments:"
          + " [reaction-survey, item-analysis], last_completed: 2026-10-30 }\n";

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
    YamlBlocks.replace(course, "program.yml", "version", "version: 1.0.0\n");
    YamlBlocks.replace(course, "program.yml", "evaluation", EVALUATION);
  }

  @Test
  void withoutHistoryOneInfoSaysSoAtTheVersion() {
    assertThat(course.printed("PRG-011"))
        .containsExactly(
            "program.yml:3:10: info [PRG-011] Substantive changes since the last release were not"
                + " checked: CourseKit found no version-control history for this course (it is not"
                + " in a git work tree, or git is not installed). Build from a git clone of the"
                + " course repository so the course can be compared with its last release tag.");
  }

  @Test
  void withoutAReleaseTagOneInfoSaysSo() {
    course.history(FakeHistory.empty());

    assertThat(course.printed("PRG-011"))
        .containsExactly(
            "program.yml:3:10: info [PRG-011] Substantive changes since the last release were not"
                + " checked: the repository has no release tag (vX.Y.Z) reachable from the current"
                + " commit. Tag each released version, e.g. `git tag v1.0.0`, so later changes can"
                + " be compared with it.");
  }

  @Test
  void aReleaseWithoutProgramFileIsReportedAsNotChecked() {
    course.history(new ReleaseWithoutFiles());

    assertThat(course.printed("PRG-011"))
        .containsExactly(
            "program.yml:3:10: info [PRG-011] Substantive changes since release v0.9.0 were not"
                + " checked: program.yml at that tag is missing or cannot be read.");
  }

  @Nested
  class AfterARelease {

    @BeforeEach
    void release() {
      course.history(FakeHistory.releasedAs("v1.0.0", course));
    }

    @Test
    void anUnchangedCourseAndChangedRecordsAreNearMisses() {
      YamlBlocks.replace(
          course,
          "items/secure/Q-M01-S01.yml",
          "review",
          "review: { reviewers: [sme-ali], reviewed_on: 2026-11-20, status: approved }\n");
      course
          .edit("program.yml", "    method: modified-angoff\n", "    method: bookmark\n")
          .edit("modules/m02-chain-of-identity.md", "duration_minutes: 45", "duration_minutes: 50");

      assertThat(course.printed("PRG-011")).isEmpty();
    }

    @Test
    void aTypoFixRecordedAsEditorialWithAPatchBumpIsANearMiss() {
      course
          .edit(
              "program.yml",
              "text: Perform receipt checks on a cryopreserved cell product shipment",
              "text: Perform receipt checks on a cryopreserved cell-product shipment")
          .edit("program.yml", "version: 1.0.0\n", "version: 1.0.1\n")
          .edit(
              "program.yml",
              "ai_assisted: false\n",
              "ai_assisted: false\nchangelog:\n  - { version: 1.0.1, change_class: editorial,"
                  + " summary: Hyphenated cell-product in PO-1 }\n");

      assertThat(course.printed("PRG-011")).isEmpty();
    }

    @Test
    void anEditorialChangeStillNeedsANewVersion() {
      course
          .edit(
              "program.yml",
              "text: Perform receipt checks on a cryopreserved cell product shipment",
              "text: Perform receipt checks on a cryopreserved cell-product shipment")
          .edit(
              "program.yml",
              "ai_assisted: false\n",
              "ai_assisted: false\nchangelog:\n  - { version: 1.0.0, change_class: editorial }\n");

      assertThat(course.printed("PRG-011"))
          .containsExactly(
              "program.yml:3:10: error [PRG-011] `version` is 1.0.0, but the wording changed since"
                  + " release v1.0.0: outcome `PO-1` text. Even an editorial change needs a new"
                  + " version, so learners and assessors can tell the texts apart. Raise the patch"
                  + " version, e.g. `version: 1.0.1`.");
    }

    @Test
    void aNewBloomLevelWithoutBumpChangelogOrReevaluationIsAnErrorInRelease() {
      course.edit(
          "program.yml",
          "    bloom_level: apply\n    condition: Given product labels",
          "    bloom_level: analyze\n    condition: Given product labels");

      String changed = "since release v1.0.0: outcome `PO-2` bloom_level (apply → analyze).";
      assertThat(course.printed("PRG-011"))
          .containsExactly(
              "program.yml:1:1: error [PRG-011] program.yml has no `changelog` entry for version"
                  + " 1.1.0 with `change_class: substantive`, but the course changed substantively "
                  + changed
                  + " Assessors follow substantive changes through the changelog (ANAB). Record"
                  + " it, e.g. `changelog: [{ version: 1.1.0, change_class: substantive, summary:"
                  + " What changed and why }]`.",
              "program.yml:3:10: error [PRG-011] `version` is 1.0.0, but the course changed"
                  + " substantively "
                  + changed
                  + " ANAB accredits only implemented and evaluated programs, so a substantive"
                  + " change needs a new version. Raise the major or minor version, e.g. `version:"
                  + " 1.1.0`.",
              "program.yml:100:13: error [PRG-011] `evaluation.reevaluate_for` is not set, but the"
                  + " course changed substantively "
                  + changed
                  + " ANAB requires a substantive change to be evaluated again with participant"
                  + " data. Set `reevaluate_for: 1.1.0` under `evaluation` and plan that"
                  + " evaluation.");
    }

    @Test
    void theSameChangeIsAWarningInTheDraftProfile() {
      course
          .profile("draft")
          .edit(
              "program.yml",
              "    bloom_level: apply\n    condition: Given product labels",
              "    bloom_level: analyze\n    condition: Given product labels");

      assertThat(course.findings("PRG-011"))
          .extracting(f -> f.severity().label())
          .containsExactly("warning", "warning", "warning");
    }

    @Test
    void aMinorBumpWithSubstantiveChangelogAndReevaluationIsANearMiss() {
      course
          .edit(
              "program.yml",
              "    bloom_level: apply\n    condition: Given product labels",
              "    bloom_level: analyze\n    condition: Given product labels")
          .edit("program.yml", "version: 1.0.0\n", "version: 1.1.0\n")
          .edit(
              "program.yml",
              "ai_assisted: false\n",
              "ai_assisted: false\nchangelog:\n  - { version: 1.1.0, change_class: substantive,"
                  + " summary: PO-2 now asks learners to analyse handovers }\n")
          .edit(
              "program.yml",
              "last_completed: 2026-10-30 }",
              "last_completed: 2026-10-30," + " reevaluate_for: 1.1.0 }");

      assertThat(course.printed("PRG-011")).isEmpty();
    }

    @Test
    void poolAndBlueprintChangesAreListedAndAnEditorialClassIsRejected() {
      course
          .write(
              "items/secure/Q-M01-S99.yml",
              course.read("items/secure/Q-M01-S01.yml").replace("id: Q-M01-S01", "id: Q-M01-S99"))
          .delete("items/secure/Q-M04-S08.yml")
          .edit(
              "assessments/final-exam.yml",
              "{ objective: LO-M01-1, weight: 7, min_items: 2 }",
              "{ objective: LO-M01-1, weight: 7, min_items: 3 }")
          .edit("items/secure/Q-M01-S02.yml", "points: 2", "points: 3")
          .edit("items/secure/Q-M01-S03.yml", "rationale: >-\n", "rationale: >-\n  Note:\n")
          .edit("modules/m01-receipt.md", "bloom_level: understand\n", "bloom_level: apply\n")
          .edit("program.yml", "version: 1.0.0\n", "version: 2.0.0\n")
          .edit(
              "program.yml",
              "ai_assisted: false\n",
              "ai_assisted: false\nchangelog:\n  - { version: 2.0.0, change_class: editorial }\n")
          .edit(
              "program.yml",
              "last_completed: 2026-10-30 }",
              "last_completed: 2026-10-30," + " reevaluate_for: 2.0.0 }");

      assertThat(course.printed("PRG-011"))
          .containsExactly(
              "program.yml:113:37: error [PRG-011] The changelog entry for version 2.0.0 has"
                  + " `change_class: editorial`, but the course changed substantively since release"
                  + " v1.0.0: objective `LO-M01-1` bloom_level (understand → apply); blueprint of"
                  + " `final-exam`; item `Q-M01-S02` key, points, type or objectives; and 3 more."
                  + " Only wording fixes are editorial (ANAB). Set `change_class: substantive`.");
    }
  }

  /** A release tag whose files cannot be read. */
  private static final class ReleaseWithoutFiles implements CourseHistory {
    @Override
    public boolean available() {
      return true;
    }

    @Override
    public Optional<LocalDate> lastChanged(String file) {
      return Optional.empty();
    }

    @Override
    public Optional<String> atLastRelease(String file) {
      return Optional.empty();
    }

    @Override
    public Optional<String> lastReleaseName() {
      return Optional.of("v0.9.0");
    }

    @Override
    public List<String> filesAtLastRelease(String folder) {
      return List.of();
    }
  }
}
