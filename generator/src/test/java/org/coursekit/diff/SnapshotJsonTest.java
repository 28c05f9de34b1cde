package org.coursekit.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.model.Course;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotJsonTest {

  @TempDir Path folder;

  @Test
  void roundTripsTheExampleCourseAndKeepsSummativeTextOut() {
    Course course = CourseFixture.exampleCourseIn(folder).load();
    ReleaseSnapshot snapshot = ReleaseSnapshots.of(course);

    String json = SnapshotJson.write(snapshot);

    assertThat(SnapshotJson.read(json)).contains(snapshot);
    assertThat(SnapshotJson.write(ReleaseSnapshots.of(course))).isEqualTo(json);
    assertThat(json)
        .endsWith("}\n")
        .doesNotContain("\r")
        .contains("\"program_id\": \"cgt-product-handling\"");
    course.items().stream()
        .filter(item -> item.summative() && item.stem() != null)
        .forEach(item -> assertThat(json).doesNotContain(item.stem().strip()));
    assertThat(snapshot.modules())
        .extracting(ReleaseSnapshot.ModuleEntry::id)
        .startsWith("m01-receipt");
  }

  @Test
  void unreadableSnapshotIsEmpty() {
    assertThat(SnapshotJson.read("not json")).isEmpty();
    assertThat(SnapshotJson.read("{\"format\": 99, \"program_id\": \"x\"}")).isEmpty();
  }
}
