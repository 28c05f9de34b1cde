package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coursekit.pack.PackageFormat;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four courses built at the same time in one JVM, as {@code mvn -T 4} does with a reactor of
 * courses, give the same bytes as the same four built one after the other: no build sees another's
 * state.
 */
class ParallelBuildsTest {

  private static final int COURSES = 4;

  @TempDir Path work;

  @Test
  void fourCoursesBuiltAtOnceGiveTheBytesOfASerialBuild() throws Exception {
    List<Path> courses = new ArrayList<>();
    for (int i = 1; i <= COURSES; i++) {
      // Four different courses, so a page of one landing in another would show.
      courses.add(
          CourseFixture.exampleCourseIn(work.resolve("course-" + i))
              .edit("program.yml", "title: Cell Product", "title: Course " + i + " Cell Product")
              .root());
    }
    CourseBuild serialBuild = CourseBuild.create(getClass().getClassLoader());
    for (int i = 0; i < COURSES; i++) {
      buildAll(serialBuild, courses.get(i), work.resolve("serial-" + i));
    }

    CourseBuild shared = CourseBuild.create(getClass().getClassLoader());
    CyclicBarrier start = new CyclicBarrier(COURSES);
    ExecutorService pool = Executors.newFixedThreadPool(COURSES);
    try {
      List<Future<?>> builds = new ArrayList<>();
      for (int i = 0; i < COURSES; i++) {
        Path course = courses.get(i);
        Path output = work.resolve("parallel-" + i);
        builds.add(
            pool.submit(
                () -> {
                  start.await();
                  buildAll(shared, course, output);
                  return null;
                }));
      }
      for (Future<?> build : builds) {
        build.get();
      }
    } finally {
      pool.shutdownNow();
    }

    for (int i = 0; i < COURSES; i++) {
      Map<String, String> serial = outputs(work.resolve("serial-" + i));
      Map<String, String> parallel = outputs(work.resolve("parallel-" + i));
      assertThat(serial).as("course %d's outputs", i + 1).containsKeys("site/index.html");
      assertThat(FolderSnapshot.differences(serial, parallel)).as("course %d", i + 1).isEmpty();
    }
    assertThat(outputs(work.resolve("serial-0")).get("site/index.html"))
        .as("different courses give different pages")
        .isNotEqualTo(outputs(work.resolve("serial-1")).get("site/index.html"));
  }

  private static void buildAll(CourseBuild build, Path course, Path output) throws IOException {
    BuildOptions options =
        new BuildOptions(course, output, ExampleCourse.TIMESTAMP, CourseFixture.TODAY, null)
            .withoutVersionHistory();
    build.validate(options);
    build.site(options);
    build.packages(options, EnumSet.allOf(PackageFormat.class));
  }

  /** The published outputs; the build cache is an implementation detail of each build. */
  private static Map<String, String> outputs(Path output) throws IOException {
    Map<String, String> hashes = new TreeMap<>(FolderSnapshot.hashes(output));
    hashes.keySet().removeIf(path -> path.startsWith("cache/"));
    return hashes;
  }
}
