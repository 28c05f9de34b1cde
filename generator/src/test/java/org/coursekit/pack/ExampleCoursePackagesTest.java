package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.coursekit.diag.Severity;
import org.coursekit.load.CourseLoader;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.site.SummativeLeakCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example course's three packages: valid manifests, safe entry names, the same bytes on every
 * rebuild and in every time zone, and summative questions only on the assessment page.
 */
class ExampleCoursePackagesTest {

  @TempDir static Path output;

  static Course course;
  static PackageResult result;

  @BeforeAll
  static void build() throws IOException {
    course = exampleCourse();
    result = pack(course, output.resolve("first"));
  }

  @Test
  void buildsAllThreeWithoutErrors() {
    assertThat(result.packages())
        .extracting(p -> p.file().getFileName().toString())
        .containsExactly(
            "cgt-product-handling-1.0.0-scorm12.zip",
            "cgt-product-handling-1.0.0-scorm2004.zip",
            "cgt-product-handling-1.0.0-cmi5.zip");
    assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void everythingTheCourseDeclaresIsPackagedWithoutWarnings() {
    // The receipt work sample is the in-person practical, so no online pool holds an item a
    // browser cannot score (PKG-003), and nothing else needs saying.
    assertThat(result.findings()).extracting(f -> f.format()).isEmpty();
  }

  @Test
  void withAnInPersonPartNoManifestDecidesPassedOrFailed() throws IOException {
    // The result adds the in-person practical's score, which no package sees (course-format 10).
    for (PackageResult.WrittenPackage written : result.packages()) {
      Map<String, byte[]> entries = PackFixture.unzip(written.file());
      String format = written.format().id();
      switch (written.format()) {
        case SCORM12 ->
            assertThat(PackFixture.text(entries, "imsmanifest.xml"))
                .as(format)
                .doesNotContain("masteryscore");
        case SCORM2004 ->
            assertThat(PackFixture.text(entries, "imsmanifest.xml"))
                .as(format)
                .doesNotContain("minNormalizedMeasure")
                .doesNotContain("satisfiedByMeasure");
        case CMI5 ->
            assertThat(PackFixture.text(entries, "cmi5.xml"))
                .as(format)
                .contains("moveOn=\"Completed\"")
                .doesNotContain("masteryScore");
      }
      String launch = PackFixture.text(entries, "index.html");
      assertThat(launch)
          .as(format)
          .contains(
              "\"inPerson\":{\"assessments\":[{\"id\":\"practical-receipt-check\",\"title\":"
                  + "\"Practical receipt check\"}],\"passMark\":\"80% of the combined points\"}")
          .contains("\"mastery\":null");
      assertThat(PackFixture.text(entries, "assessment.html")).as(format).doesNotContain("Q-PT-01");
    }
  }

  @Test
  void manifestsPassTheOfficialSchemasWhenReadBackFromTheZip() throws IOException {
    ManifestValidator validator = new ManifestValidator();
    for (PackageResult.WrittenPackage written : result.packages()) {
      Map<String, byte[]> entries = PackFixture.unzip(written.file());
      String manifest = written.format() == PackageFormat.CMI5 ? "cmi5.xml" : "imsmanifest.xml";
      assertThat(validator.validate(written.format(), entries.get(manifest)))
          .as(written.format().id())
          .isEmpty();
    }
  }

  @Test
  void entryNamesAreRelativeAndStayInsideTheFolder() throws IOException {
    for (PackageResult.WrittenPackage written : result.packages()) {
      for (String name : PackFixture.unzip(written.file()).keySet()) {
        assertThatCode(() -> DeterministicZip.requireSafeName(name))
            .as(name)
            .doesNotThrowAnyException();
        assertThat(name).doesNotStartWith(".").doesNotContain("/.");
      }
    }
  }

  @Test
  void rebuildingGivesTheSameBytes() throws IOException {
    PackageResult again = pack(course, output.resolve("again"));

    assertSameZips(again, "rebuild");
  }

  @Test
  void buildingInAnotherTimeZoneGivesTheSameBytes() throws Exception {
    Path there = output.resolve("kathmandu");
    DeterministicZipTest.Forked.run("Asia/Kathmandu", PackInAnotherJvm.class, there.toString());

    for (PackageResult.WrittenPackage written : result.packages()) {
      Path other = there.resolve(written.file().getFileName());
      assertThat(Files.readAllBytes(other))
          .as(written.format().id())
          .isEqualTo(Files.readAllBytes(written.file()));
    }
  }

  @Test
  void summativeQuestionsAppearOnlyOnTheAssessmentPage() throws IOException {
    SummativeLeakCheck leaks = new SummativeLeakCheck(new MarkdownRenderer());
    for (PackageResult.WrittenPackage written : result.packages()) {
      Map<String, String> outside = new TreeMap<>();
      Map<String, String> assessment = new TreeMap<>();
      PackFixture.unzip(written.file())
          .forEach(
              (name, bytes) -> {
                if (SummativeLeakCheck.isText(name)) {
                  String text = new String(bytes, StandardCharsets.UTF_8);
                  (name.equals("assessment.html") ? assessment : outside).put(name, text);
                }
              });
      assertThat(leaks.check(course.items(), outside)).as(written.format().id()).isEmpty();
      // The same check finds every packaged item on the assessment page, so it can see stems,
      // also inside the page's JSON.
      MarkdownRenderer markdown = new MarkdownRenderer();
      long packaged =
          course.items().stream()
              .filter(Item::summative)
              .filter(item -> !"performance".equals(item.type()))
              .filter(item -> markdown.plainText(item.stem()).strip().split("\\s+").length >= 3)
              .count();
      assertThat(packaged).isGreaterThan(20);
      assertThat(leaks.check(course.items(), assessment)).hasSize((int) packaged);
    }
  }

  @Test
  void theSavedStateFitsScorm12() {
    assertThat(result.packages())
        .filteredOn(p -> p.format() != PackageFormat.CMI5)
        .allSatisfy(
            p -> assertThat(p.suspendDataWorstCase()).isPositive().isLessThanOrEqualTo(4096));
    assertThat(result.findings()).noneMatch(f -> f.rule().equals("PKG-002"));
  }

  private static void assertSameZips(PackageResult other, String what) throws IOException {
    assertThat(other.packages()).hasSameSizeAs(result.packages());
    for (int i = 0; i < other.packages().size(); i++) {
      assertThat(Files.readAllBytes(other.packages().get(i).file()))
          .as(what + " " + other.packages().get(i).format().id())
          .isEqualTo(Files.readAllBytes(result.packages().get(i).file()));
    }
  }

  static Course exampleCourse() throws IOException {
    String configured = System.getProperty("coursekit.exampleCourse");
    if (configured == null) {
      throw new IllegalStateException("system property coursekit.exampleCourse is not set");
    }
    return new CourseLoader().load(Path.of(configured)).course();
  }

  static PackageResult pack(Course course, Path out) throws IOException {
    return PackFixture.GENERATOR.generate(
        course,
        new PackageOptions(out, PackFixture.TIMESTAMP, EnumSet.allOf(PackageFormat.class), false));
  }

  /** Packages the example course in a JVM started with another default time zone. */
  static final class PackInAnotherJvm {
    public static void main(String[] args) throws IOException {
      Course course = exampleCourse();
      new PackageGenerator(PackInAnotherJvm.class.getClassLoader())
          .generate(
              course,
              new PackageOptions(
                  Path.of(args[0]),
                  PackFixture.TIMESTAMP,
                  EnumSet.allOf(PackageFormat.class),
                  false));
    }
  }
}
