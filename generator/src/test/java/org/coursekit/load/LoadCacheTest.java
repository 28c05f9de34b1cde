package org.coursekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.load.Fixtures.in;
import static org.coursekit.load.Fixtures.positions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load through a {@link LoadCache} gives exactly what a clean load gives (the same course, the
 * same findings in the same order) after every kind of change, and parses only the files whose
 * bytes, or the paths they refer to, changed. Which files were parsed is read from the cache's
 * misses.
 */
class LoadCacheTest {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String LABEL = "modules/m01-receipt/shipper-label.svg";

  @TempDir Path temp;
  private CourseFixture course;
  private final CourseLoader loader = new CourseLoader();
  private final LoadCache cache = new LoadCache();
  private int files;

  @BeforeEach
  void warmUp() throws IOException {
    course = CourseFixture.exampleCourseIn(temp.resolve("course"));
    assertThat(cachedLoad()).isEqualTo(cleanLoad());
    files = cache.size();
    // Every module, item and assessment file was parsed once.
    assertThat(cache.misses()).isEqualTo(files).isGreaterThan(30);
    assertThat(cache.hits()).isZero();
  }

  @Test
  void anUnchangedCourseIsTakenFromTheCacheWithTheSameResult() throws IOException {
    LoadResult cached = cachedLoad();

    assertThat(cached).isEqualTo(cleanLoad());
    assertThat(cache.misses()).isEqualTo(files);
    assertThat(cache.hits()).isEqualTo(files);
  }

  @Test
  void editingOneModuleParsesThatFileOnly() throws IOException {
    course.edit(
        "modules/m02-chain-of-identity.md",
        "The two terms sound alike but answer different questions.",
        "The two terms sound alike, but they answer different questions.");

    LoadResult cached = cachedLoad();

    assertThat(cache.misses()).isEqualTo(files + 1);
    assertThat(cached).isEqualTo(cleanLoad());
    assertThat(cached.course().modules().get(1).body())
        .contains("The two terms sound alike, but they answer different questions.");
  }

  @Test
  void deletingAnImageReportsItAndRestoringItClearsTheFinding() throws IOException {
    byte[] label = Files.readAllBytes(course.root().resolve(LABEL));
    course.delete(LABEL);

    LoadResult deleted = cachedLoad();

    assertThat(deleted).isEqualTo(cleanLoad());
    assertThat(positions(in(deleted.findings(), M01))).containsExactly(M01 + ":80:1 FMT-005 error");
    // The module's bytes did not change, but its image did: that one file is parsed again.
    assertThat(cache.misses()).isEqualTo(files + 1);

    Files.write(course.root().resolve(LABEL), label);
    LoadResult restored = cachedLoad();

    assertThat(restored.findings()).isEmpty();
    assertThat(restored).isEqualTo(cleanLoad());
    assertThat(cache.misses()).isEqualTo(files + 2);
  }

  @Test
  void addingTheMissingImageClearsTheFinding() throws IOException {
    course.edit(M01, "(m01-receipt/divider.svg", "(m01-receipt/new-divider.svg");
    assertThat(positions(in(cachedLoad().findings(), M01)))
        .containsExactly(M01 + ":47:1 FMT-005 error");

    Files.copy(
        course.root().resolve("modules/m01-receipt/divider.svg"),
        course.root().resolve("modules/m01-receipt/new-divider.svg"));
    LoadResult added = cachedLoad();

    assertThat(added.findings()).isEmpty();
    assertThat(added).isEqualTo(cleanLoad());
  }

  @Test
  void anImageReplacedByALinkOutOfTheCourseIsReported() throws IOException {
    Path outside = Files.writeString(temp.resolve("outside.svg"), "<svg/>");
    course.delete(LABEL);
    Files.createSymbolicLink(course.root().resolve(LABEL), outside);

    LoadResult linked = cachedLoad();

    assertThat(positions(in(linked.findings(), M01))).containsExactly(M01 + ":80:1 SEC-002 error");
    assertThat(linked).isEqualTo(cleanLoad());
  }

  @Test
  void aDeletedFileDropsOutOfTheCourseAndTheCache() throws IOException {
    course.delete("items/Q-M01-F2.yml");

    LoadResult cached = cachedLoad();

    assertThat(cached).isEqualTo(cleanLoad());
    assertThat(cached.course().items()).noneMatch(item -> "Q-M01-F2".equals(item.id()));
    assertThat(cache.size()).isEqualTo(files - 1);
    assertThat(cache.misses()).isEqualTo(files);
  }

  @Test
  void aFileThatBecomesInvalidYamlIsReportedAndItsFixIsSeen() throws IOException {
    String item = course.read("items/Q-M01-F2.yml");
    course.write("items/Q-M01-F2.yml", "id: Q-M01-F2\nstem: [unclosed\n");

    LoadResult broken = cachedLoad();

    assertThat(broken).isEqualTo(cleanLoad());
    assertThat(positions(broken.findings()))
        .containsExactly("items/Q-M01-F2.yml:3:1 FMT-002 error");
    assertThat(broken.course().unreadableFiles()).containsExactly("items/Q-M01-F2.yml");

    course.write("items/Q-M01-F2.yml", item);
    LoadResult fixed = cachedLoad();

    assertThat(fixed.findings()).isEmpty();
    assertThat(fixed).isEqualTo(cleanLoad());
  }

  @Test
  void aFileThatIsNoLongerUtf8IsReported() throws IOException {
    Path item = course.root().resolve("items/Q-M01-F2.yml");
    byte[] bytes = Files.readAllBytes(item);
    bytes[5] = (byte) 0xFF;
    Files.write(item, bytes);

    LoadResult cached = cachedLoad();

    assertThat(cached).isEqualTo(cleanLoad());
    assertThat(positions(cached.findings()))
        .containsExactly("items/Q-M01-F2.yml:1:6 FMT-001 error");
  }

  @Test
  void oneCacheServesTwoCoursesApart() throws IOException {
    CourseFixture other = CourseFixture.exampleCourseIn(temp.resolve("other"));
    other.edit(M01, "title: ", "title: Other ");

    LoadResult otherLoad = loader.load(other.root(), cache);

    assertThat(otherLoad).isEqualTo(loader.load(other.root()));
    assertThat(cachedLoad()).isEqualTo(cleanLoad());
    assertThat(cache.hits()).isEqualTo(files);
  }

  private LoadResult cachedLoad() throws IOException {
    return loader.load(course.root(), cache);
  }

  private LoadResult cleanLoad() throws IOException {
    return new CourseLoader().load(course.root());
  }
}
