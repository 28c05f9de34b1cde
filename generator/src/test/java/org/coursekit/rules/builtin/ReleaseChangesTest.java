package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.coursekit.model.Course;
import org.coursekit.rules.CourseFixture;
import org.coursekit.rules.CourseIndex;
import org.coursekit.rules.builtin.ReleaseChanges.Change;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What PRG-011 counts as a change since the release, and which changes are wording only. */
class ReleaseChangesTest {

  private CourseFixture course;
  private ReleasedFiles released;

  @BeforeEach
  void release(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
    released = new ReleasedFiles(FakeHistory.releasedAs("v1.0.0", course));
  }

  private List<Change> changes() {
    Course now = course.load();
    return ReleaseChanges.between(
        now, CourseIndex.of(now), released.yaml("program.yml").orElseThrow(), released);
  }

  @Test
  void anUnchangedCourseHasNoChanges() {
    assertThat(changes()).isEmpty();
  }

  @Test
  void reflowedTextsReorderedBlueprintRowsAndNewReviewsAreNoChanges() {
    course
        .edit(
            "program.yml",
            "text: Perform receipt checks on a cryopreserved cell product shipment without",
            "text: >-\n      Perform receipt checks on a cryopreserved cell product shipment\n     "
                + " without")
        .edit(
            "assessments/final-exam.yml",
            "  - { objective: LO-M01-1, weight: 7, min_items: 2 }\n",
            "")
        .edit(
            "assessments/final-exam.yml",
            "blueprint:\n",
            "blueprint:\n  - { min_items: 2, objective: LO-M01-1, weight: 7.0 }\n");
    YamlBlocks.replace(
        course,
        "items/secure/Q-M01-S01.yml",
        "review",
        "review: { reviewers: [sme-ali], reviewed_on: 2026-11-20, status: approved }\n");

    assertThat(changes()).isEmpty();
  }

  @Test
  void everyKindOfChangeIsNamed() {
    course
        .write(
            "items/secure/Q-M01-S99.yml",
            course.read("items/secure/Q-M01-S01.yml").replace("id: Q-M01-S01", "id: Q-M01-S99"))
        .delete("items/secure/Q-M04-S08.yml")
        .edit("items/secure/Q-M01-S03.yml", "rationale: >-\n", "rationale: >-\n  Note:\n")
        .edit("items/secure/Q-M01-S02.yml", "points: 2", "points: 3")
        .edit("assessments/final-exam.yml", "draw: 30", "draw: 29")
        .edit(
            "assessments/final-exam.yml", "randomize: true }", "randomize: true, mode: in-person }")
        .edit("program.yml", "    score: 80\n", "    score: 75\n")
        .edit("program.yml", "  delivery_mode: blended\n", "  delivery_mode: online\n")
        .edit(
            "program.yml",
            "text: Apply chain-of-identity and chain-of-custody controls",
            "text: Apply chain-of-identity controls");
    YamlBlocks.removeLinesAfter(course, "modules/m04-deviations.md", "  - id: LO-M04-1", 3);
    course.edit("modules/m04-deviations.md", "  - id: LO-M04-1\n", "");

    assertThat(changes())
        .containsExactly(
            new Change("outcome `PO-2` text", true),
            new Change("passing standard `score` (80 → 75)", false),
            new Change("delivery mode (blended → online)", false),
            new Change("objective `LO-M04-1` removed", false),
            new Change("item pool of `final-exam` (`pool`)", false),
            new Change("delivery mode of `final-exam` (online → in-person)", false),
            new Change("item `Q-M01-S02` key, points, type or objectives", false),
            new Change("item `Q-M01-S03` wording (stem, options, rationale or source)", true),
            new Change("item `Q-M01-S99` added to the pool", false),
            new Change("item file items/secure/Q-M04-S08.yml removed", false));
  }

  @Test
  void optionWordingIsWordingButAnotherKeyIsNot() {
    String item = "items/secure/Q-M01-S01.yml";
    course.edit(item, "  - text: A battery-powered cooler", "  - text: A battery-driven cooler");
    assertThat(changes())
        .containsExactly(
            new Change("item `Q-M01-S01` wording (stem, options, rationale or source)", true));

    course.edit(
        item,
        "  - text: A battery-driven cooler in the lid removes heat from the well.\n",
        "  - text: A battery-driven cooler in the lid removes heat from the well.\n"
            + "    correct: true\n");
    assertThat(changes())
        .containsExactly(new Change("item `Q-M01-S01` key, points, type or objectives", false));
  }

  @Test
  void modulesAddedOrRemovedFromTheProgramAreChanges() {
    course.edit("program.yml", ", m04-deviations]", "]");

    assertThat(changes()).containsExactly(new Change("module `m04-deviations` removed", false));
  }
}
