package org.coursekit.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.history.ReleaseVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before/after pairs of the example course for each class of change: what the guard calls
 * editorial, content and tracking-breaking, and which ids it calls recycled.
 */
class SnapshotComparisonTest {

  @TempDir Path folder;

  @Test
  void unchangedCourseHasNoChangeAndNothingToUpload() {
    ReleaseDifference difference = ReleasePair.in(folder).difference();

    assertThat(difference.changes()).isEmpty();
    assertThat(difference.classification()).isEmpty();
    assertThat(difference.missingVersion()).isEmpty();
    assertThat(difference.lmsAdvice()).isEqualTo(LmsAdvice.NO_CHANGE);
  }

  @Test
  void pageTextEditIsEditorialAndReplacesInPlace() {
    ReleasePair pair = ReleasePair.in(folder).version("1.0.1");
    rewordPageText(pair);

    ReleaseDifference difference = pair.difference();

    assertThat(difference.changes())
        .extracting(CourseChange::description)
        .containsExactly("module `m01-receipt` page text");
    assertThat(difference.classification()).contains(ChangeClass.EDITORIAL);
    assertThat(difference.missingVersion()).isEmpty();
    assertThat(difference.lmsAdvice()).startsWith("Replace the package in place");
  }

  @Test
  void editorialChangeWithoutNewVersionNeedsAPatch() {
    ReleasePair pair = ReleasePair.in(folder);
    rewordPageText(pair);

    assertThat(pair.difference().missingVersion()).map(ReleaseVersion::toString).contains("1.0.1");
  }

  @Test
  void changedItemKeyIsContent() {
    ReleasePair pair = ReleasePair.in(folder).version("1.1.0");
    pair.replace("items/Q-M01-F2.yml", "(?m)^points: 2$", "points: 3");

    ReleaseDifference difference = pair.difference();

    assertOnlyChange(
        difference,
        ChangeClass.CONTENT,
        "formative item `Q-M01-F2` key, points, type or objectives");
    assertThat(difference.classification()).contains(ChangeClass.CONTENT);
    assertThat(difference.missingVersion()).isEmpty();
  }

  @Test
  void contentChangeWithOnlyAPatchNeedsAMinorVersion() {
    ReleasePair pair = ReleasePair.in(folder).version("1.0.1");
    pair.replace("items/Q-M01-F2.yml", "(?m)^points: 2$", "points: 3");

    assertThat(pair.difference().missingVersion()).map(ReleaseVersion::toString).contains("1.1.0");
  }

  @Test
  void newFormativeItemIsContent() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.after()
        .write(
            "items/Q-M01-F9.yml",
            pair.after().read("items/Q-M01-F2.yml").replace("id: Q-M01-F2", "id: Q-M01-F9"));

    ReleaseDifference difference = pair.difference();

    assertThat(difference.changes())
        .extracting(CourseChange::description)
        .containsExactly("formative item `Q-M01-F9` added");
    assertThat(difference.classification()).contains(ChangeClass.CONTENT);
  }

  @Test
  void removedModuleBreaksTracking() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.replace("program.yml", ", m04-deviations\\]", "]");
    pair.after().delete("modules/m04-deviations.md");

    ReleaseDifference difference = pair.difference();

    assertThat(difference.of(ChangeClass.TRACKING_BREAKING))
        .extracting(CourseChange::description)
        .contains("module `m04-deviations` (" + title(pair, "m04-deviations") + ") removed")
        .anyMatch(d -> d.startsWith("objective `LO-M04-1` removed"));
    assertThat(difference.classification()).contains(ChangeClass.TRACKING_BREAKING);
    assertThat(difference.lmsAdvice()).startsWith("Publish this release as a new activity");
  }

  @Test
  void reorderedModulesBreakModuleProgress() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.replace(
        "program.yml",
        "m02-chain-of-identity, m03-storage-and-thaw",
        "m03-storage-and-thaw, m02-chain-of-identity");

    CourseChange change = onlyChange(pair.difference());

    assertThat(change.changeClass()).isEqualTo(ChangeClass.TRACKING_BREAKING);
    assertThat(change.kind()).isEqualTo("reordered");
    assertThat(change.impact()).contains("saved module progress");
  }

  @Test
  void removedObjectiveBreaksTracking() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.replace("modules/m01-receipt.md", "(?s)  - id: LO-M01-3\\n.*?(?=authors:)", "");

    ReleaseDifference difference = pair.difference();

    assertThat(difference.of(ChangeClass.TRACKING_BREAKING))
        .extracting(CourseChange::description)
        .containsExactly("objective `LO-M01-3` removed");
  }

  @Test
  void removedItemBreaksTracking() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.after().delete("items/Q-M01-F2.yml");

    ReleaseDifference difference = pair.difference();

    assertThat(difference.of(ChangeClass.TRACKING_BREAKING))
        .extracting(CourseChange::description)
        .containsExactly("formative item `Q-M01-F2` removed");
  }

  @Test
  void smallerDrawChangesThePoolAndRestartsAttempts() {
    ReleasePair pair = ReleasePair.in(folder);
    String exam = pair.after().read("assessments/final-exam.yml");
    int draw = Integer.parseInt(exam.replaceAll("(?s).*draw: (\\d+).*", "$1"));
    pair.replace("assessments/final-exam.yml", "draw: \\d+", "draw: " + (draw - 1));

    CourseChange change = onlyChange(pair.difference());

    assertThat(change.changeClass()).isEqualTo(ChangeClass.TRACKING_BREAKING);
    assertThat(change.description())
        .isEqualTo("item pool of `final-exam` (draw " + draw + " → " + (draw - 1) + ")");
    assertThat(change.impact()).contains("attempt in progress");
  }

  @Test
  void changedBlueprintBreaksTracking() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.replace(
        "assessments/final-exam.yml",
        "objective: LO-M01-1, weight: [0-9.]+",
        "objective: LO-M01-1, weight: 1");

    assertOnlyChange(pair.difference(), ChangeClass.TRACKING_BREAKING, "blueprint of `final-exam`");
  }

  @Test
  void changedPassingStandardBreaksTracking() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.replace("program.yml", "score: 80", "score: 85");

    assertOnlyChange(
        pair.difference(), ChangeClass.TRACKING_BREAKING, "passing standard score (80 → 85)");
  }

  @Test
  void rewordedObjectiveBreaksTrackingButIsNotRecycled() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.after()
        .edit(
            "modules/m01-receipt.md",
            "using the site receipt checklist",
            "using the site receipt checklist and the order record");

    ReleaseDifference difference = pair.difference();

    CourseChange change = onlyChange(difference);
    assertThat(change.changeClass()).isEqualTo(ChangeClass.TRACKING_BREAKING);
    assertThat(change.description()).isEqualTo("objective `LO-M01-2` reworded");
    assertThat(change.after()).endsWith("checklist and the order record");
    assertThat(difference.recycled()).isEmpty();
  }

  @Test
  void newBloomLevelBreaksTracking() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.replace(
        "modules/m01-receipt.md",
        "(id: LO-M01-1\\n.*\\n    bloom_level: )understand",
        "$1remember");

    assertOnlyChange(
        pair.difference(),
        ChangeClass.TRACKING_BREAKING,
        "objective `LO-M01-1` Bloom level (understand → remember)");
  }

  @Test
  void objectiveIdGivenANewStatementIsRecycled() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.replace(
        "modules/m01-receipt.md",
        "text: Explain how a dry shipper keeps .*",
        "text: Describe the courier's duties when a delivery is late");

    ReleaseDifference difference = pair.difference();

    assertThat(difference.recycled())
        .singleElement()
        .satisfies(
            id -> {
              assertThat(id.subject()).isEqualTo("objective");
              assertThat(id.id()).isEqualTo("LO-M01-1");
              assertThat(id.reason()).startsWith("its text keeps only ");
            });
    assertThat(difference.classification()).contains(ChangeClass.TRACKING_BREAKING);
  }

  @Test
  void itemIdOfAnotherTypeIsRecycled() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.replace("items/Q-M01-F2.yml", "(?m)^type: multiple$", "type: single");

    assertThat(pair.difference().recycled())
        .singleElement()
        .satisfies(
            id -> {
              assertThat(id.id()).isEqualTo("Q-M01-F2");
              assertThat(id.reason()).isEqualTo("it was a formative multiple item for LO-M01-2");
            });
  }

  /** An editorial edit: one verb of module 1's page text. */
  private static void rewordPageText(ReleasePair pair) {
    pair.after()
        .edit(
            "modules/m01-receipt.md",
            "This module explains how the shipper",
            "This module shows how the shipper");
  }

  /** The one change between the releases; fails when there is none or more than one. */
  private static CourseChange onlyChange(ReleaseDifference difference) {
    assertThat(difference.changes()).hasSize(1);
    return difference.changes().get(0);
  }

  private static void assertOnlyChange(
      ReleaseDifference difference, ChangeClass changeClass, String description) {
    CourseChange change = onlyChange(difference);
    assertThat(change.changeClass()).isEqualTo(changeClass);
    assertThat(change.description()).isEqualTo(description);
  }

  private static String title(ReleasePair pair, String module) {
    return pair.before().load().module(module).orElseThrow().title();
  }
}
