package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example course is the near miss of every LO rule: it must give no LO finding at all. */
class ObjectiveRulesExampleCourseTest {

  @TempDir Path folder;

  @Test
  void exampleCourseHasNoObjectiveFinding() {
    CourseFixture fixture = CourseFixture.exampleCourseIn(folder);

    assertThat(
            fixture.printed(
                "LO-001", "LO-002", "LO-003", "LO-004", "LO-005", "LO-006", "LO-007", "LO-008",
                "LO-009"))
        .isEmpty();
  }
}
