package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadResult;
import org.coursekit.rules.CourseFixture;
import org.coursekit.rules.CourseValidator;
import org.coursekit.rules.ValidationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with a syntax error declares nothing; the MOD, ASM, REV and DSC rules must not then blame
 * the author for everything it would have declared.
 */
class UnreadableFilesTest {

  private static final List<String> RULES =
      List.of(
          "MOD-001", "MOD-002", "MOD-003", "ASM-001", "ASM-002", "ASM-003", "ASM-004", "ASM-005",
          "ASM-006", "ASM-007", "REV-001", "REV-002", "REV-003", "REV-004", "DSC-001", "DSC-002",
          "DSC-003");

  @TempDir Path folder;

  @Test
  void onlyTheLoaderSpeaksAboutUnreadableFiles() throws Exception {
    CourseFixture course = CourseFixture.exampleCourseIn(folder);
    course
        .edit("program.yml", "title: Cell Product", "title: [Cell Product")
        .edit("people.yml", "- id: sme-chen\n", "- id: sme-chen\n name: broken\n")
        .edit("items/secure/Q-M01-S02.yml", "type:", "type: [")
        .edit("modules/m01-receipt.md", "title: Receiving", "title: [Receiving");

    LoadResult loaded = new CourseLoader().load(course.root());
    List<String> ours =
        CourseValidator.builtin()
            .validate(loaded.course(), ValidationOptions.on(CourseFixture.TODAY))
            .stream()
            .filter(f -> RULES.contains(f.rule()))
            .map(Finding::format)
            .toList();

    assertThat(loaded.course().unreadableFiles())
        .containsExactly(
            "items/secure/Q-M01-S02.yml", "modules/m01-receipt.md", "people.yml", "program.yml");
    assertThat(ours)
        .singleElement()
        .asString()
        .startsWith("program.yml:1:1: info [REV-001] Review dates were not compared");
  }
}
