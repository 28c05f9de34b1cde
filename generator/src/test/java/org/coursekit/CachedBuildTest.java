package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.load.LoadCache;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build session with a {@link LoadCache} (what the preview server runs) writes the same bytes and
 * reports the same findings as a clean build, before and after an edit.
 */
class CachedBuildTest {

  @TempDir Path temp;

  @Test
  void cachedAndCleanSiteBuildsAreIdenticalAfterAnEdit() throws Exception {
    CourseFixture course = CourseFixture.exampleCourseIn(temp.resolve("course"));
    LoadCache cache = new LoadCache();
    CourseBuild build = CourseBuild.create(getClass().getClassLoader());
    CourseBuild session = build.withLoadCache(cache);
    Path cached = temp.resolve("cached");
    session.site(options(course.root(), cached));

    // The title shows on every module page, so several pages are rendered again.
    course.edit("modules/m04-deviations.md", "title: ", "title: Revised ");
    BuildReport again = session.site(options(course.root(), cached));
    Path clean = temp.resolve("clean");
    BuildReport fresh = build.site(options(course.root(), clean));

    assertThat(cache.hits()).isPositive();
    assertThat(again.findings()).isEqualTo(fresh.findings());
    assertThat(again.written()).isEqualTo(fresh.written());
    assertThat(FolderSnapshot.hashes(cached.resolve("site")))
        .isEqualTo(FolderSnapshot.hashes(clean.resolve("site")))
        .containsKey("modules/m04-deviations.html");
    assertThat(FolderSnapshot.hashes(cached.resolve("reports")))
        .isEqualTo(FolderSnapshot.hashes(clean.resolve("reports")));
  }

  private static BuildOptions options(Path course, Path output) {
    return ExampleCourse.optionsForCopy(course, output);
  }
}
