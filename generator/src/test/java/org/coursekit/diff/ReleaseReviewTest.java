package org.coursekit.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.pack.PackageFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coursekit:diff} end to end on real course pairs: the guard's findings, the change report
 * (a golden changes.md, a changes.html that parses and marks insertions and deletions), and the
 * three ways to name the previous release (a course folder, a package zip, the last git tag).
 */
class ReleaseReviewTest {

  private static final Path GOLDEN = Path.of("src/test/resources/org/coursekit/diff/golden");
  private static final boolean UPDATE = Boolean.getBoolean("coursekit.golden.update");

  @TempDir Path folder;

  @Test
  void recycledObjectiveIdIsAnErrorAtTheObjective() {
    ReleasePair pair = ReleasePair.in(folder).version("1.1.0");
    pair.replace(
        "modules/m01-receipt.md",
        "text: Explain how a dry shipper keeps .*",
        "text: Describe the courier's duties when a delivery is late");

    BuildReport report = pair.diff();

    Course course = pair.after().load();
    Finding recycled = only(report, "REL-001");
    assertThat(recycled.severity()).isEqualTo(Severity.ERROR);
    assertThat(recycled.at())
        .isEqualTo(course.modules().get(0).objectives().get(0).at())
        .extracting(at -> at.file())
        .isEqualTo("modules/m01-receipt.md");
    assertThat(recycled.message())
        .startsWith("`LO-M01-1` is reused: its text keeps only ")
        .contains("in release before")
        .endsWith("Give the new objective a new id and never use `LO-M01-1` again (retire it).");
    assertThat(rules(report)).contains("REL-003").doesNotContain("REL-002", "REL-005");
  }

  @Test
  void missingVersionBumpIsAnErrorAtTheVersion() {
    ReleasePair pair = ReleasePair.in(folder);
    pair.replace("items/Q-M01-F2.yml", "(?m)^points: 2$", "points: 3");

    BuildReport report = pair.diff();

    Finding version = only(report, "REL-002");
    assertThat(version.severity()).isEqualTo(Severity.ERROR);
    assertThat(version.at().file()).isEqualTo("program.yml");
    assertThat(version.at().line()).isEqualTo(3);
    assertThat(version.message())
        .isEqualTo(
            "`version` is 1.0.0, but since release before (1.0.0) the course has a content"
                + " change: formative item `Q-M01-F2` key, points, type or objectives. A"
                + " substantive change needs a new major or minor version (PRG-011). Set `version:"
                + " 1.1.0` (or higher).");
    assertThat(only(report, "REL-005").message())
        .startsWith("This release is a content change compared with release before");
  }

  @Test
  void raisedVersionSatisfiesTheGuard() {
    ReleasePair pair = ReleasePair.in(folder).version("1.1.0");
    pair.replace("items/Q-M01-F2.yml", "(?m)^points: 2$", "points: 3");

    assertThat(rules(pair.diff())).contains("REL-005").doesNotContain("REL-001", "REL-002");
  }

  @Test
  void changeReportMatchesItsGoldenFile() throws IOException {
    ReleasePair pair = editedPair();

    BuildReport report = pair.diff();

    assertThat(report.written()).contains("reports/changes.md", "reports/changes.html");
    String markdown = Files.readString(pair.reports().resolve("changes.md"));
    Path expected = GOLDEN.resolve("changes.md");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(expected, markdown, StandardCharsets.UTF_8);
    }
    assertThat(markdown).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(markdown.length()).isLessThan(65_536);
  }

  @Test
  void changeReportHtmlParsesAndMarksInsertionsAndDeletions() throws IOException {
    ReleasePair pair = editedPair();
    pair.diff();

    Document html = Jsoup.parse(pair.reports().resolve("changes.html").toFile(), "UTF-8");

    assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(html.title()).startsWith("Changes – ");
    assertThat(html.select("script, link, img, iframe")).isEmpty();
    assertThat(html.select("[src], [href]")).isEmpty();
    Element page = html.getElementById("page-m01-receipt").parent();
    assertThat(page.select("del").eachText()).contains("explains");
    assertThat(page.select("ins").eachText()).contains("shows");
    Element objective =
        html.select("#objectives ~ ul li").stream()
            .filter(li -> li.text().contains("LO-M01-2"))
            .findFirst()
            .orElseThrow();
    assertThat(objective.select("ins").eachText()).containsExactly("and the order record");
    assertThat(html.select("h1")).hasSize(1);
  }

  @Test
  void longReportIsSummarisedToFitAComment() {
    ChangesView view =
        new ChangesView(
            "en",
            "T",
            "t",
            "v1.0.0",
            "1.0.0",
            "2.0.0",
            null,
            "content",
            "review",
            "advice",
            List.of(),
            List.of(),
            java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "LO-" + i).toList(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            true,
            List.of(),
            List.of(),
            List.of());

    String markdown = ChangesMarkdown.of(view);

    assertThat(markdown.length()).isLessThanOrEqualTo(ChangesMarkdown.MAX_CHARS);
    assertThat(markdown)
        .contains("This report is summarised to fit a comment")
        .contains("objective `LO-9` added")
        .doesNotContain("objective `LO-10` added")
        .contains("and 4990 more (see changes.html)");
  }

  @Test
  void comparesWithAPreviousPackageZip() throws IOException {
    ReleasePair pair = editedPair();
    CourseBuild build = CourseBuild.create(getClass().getClassLoader());
    BuildReport released =
        build.packages(
            new org.coursekit.BuildOptions(
                pair.before().root(),
                folder.resolve("released"),
                ReleasePair.TIMESTAMP,
                org.coursekit.rules.CourseFixture.TODAY,
                null,
                false),
            EnumSet.of(PackageFormat.SCORM12));
    Path zip =
        folder
            .resolve("released")
            .resolve(
                released.written().stream()
                    .filter(f -> f.startsWith("packages/"))
                    .findFirst()
                    .orElseThrow());

    BuildReport report = pair.diff(PreviousRelease.given(zip));

    assertThat(report.written()).as(report.findings().toString()).contains("reports/changes.md");
    String markdown = Files.readString(pair.reports().resolve("changes.md"));
    assertThat(markdown)
        .contains("Compared with release `" + zip.getFileName() + "` (version 1.0.0)")
        .contains("**Classification: tracking-breaking.**")
        .contains("Not compared: a package carries no findings")
        .contains("`m01-receipt`");
    assertThat(rules(report)).contains("REL-003").doesNotContain("REL-004", "REL-002");
  }

  @Test
  void zipWithoutSnapshotIsReportedNotThrown() throws IOException {
    ReleasePair pair = ReleasePair.in(folder);
    Path zip = folder.resolve("other.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("index.html"));
      out.write("<p>hi</p>".getBytes(StandardCharsets.UTF_8));
    }

    Finding unreadable = only(pair.diff(PreviousRelease.given(zip)), "REL-004");

    assertThat(unreadable.severity()).isEqualTo(Severity.ERROR);
    assertThat(unreadable.message()).contains("other.zip holds no readable coursekit-release.json");
  }

  @Test
  void comparesWithTheLastReleaseTagOfARealRepository() throws Exception {
    Path repo = folder.resolve("repo");
    ReleasePair pair = ReleasePair.in(folder);
    copy(pair.before().root(), repo.resolve("src/main/course"));
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "Release 1.0.0");
    git(repo, "tag", "v1.0.0");
    Path course = repo.resolve("src/main/course");
    edit(
        course.resolve("modules/m01-receipt.md"),
        "This module explains how the shipper",
        "This module shows how the shipper");
    edit(course.resolve("program.yml"), "version: 1.0.0", "version: 1.0.1");
    git(repo, "commit", "-q", "-am", "Wording");

    BuildReport report =
        CourseBuild.create(getClass().getClassLoader())
            .changes(
                new org.coursekit.BuildOptions(
                    course,
                    folder.resolve("git-out"),
                    ReleasePair.TIMESTAMP,
                    org.coursekit.rules.CourseFixture.TODAY,
                    null,
                    false),
                PreviousRelease.lastTag(course));

    assertThat(only(report, "REL-005").message())
        .startsWith(
            "This release is an editorial change compared with release v1.0.0 (module"
                + " `m01-receipt` page text). Replace the package in place");
    String markdown = Files.readString(folder.resolve("git-out/reports/changes.md"));
    assertThat(markdown).contains("Compared with release `v1.0.0` (version 1.0.0)");
    assertThat(markdown).contains("No finding appeared or was fixed.");
  }

  @Test
  void packageBuildWithoutReleaseTagComparesNothing() throws IOException {
    ReleasePair pair = ReleasePair.in(folder);

    BuildReport report =
        CourseBuild.create(getClass().getClassLoader())
            .packages(
                pair.options(),
                EnumSet.of(PackageFormat.SCORM12),
                false,
                PreviousRelease.lastTagIfAny(pair.after().root()));

    assertThat(rules(report)).noneMatch(rule -> rule.startsWith("REL-"));
    assertThat(pair.reports().resolve("changes.md")).doesNotExist();
  }

  /** An editorial page edit, a reworded objective and a new item, with the version raised. */
  private ReleasePair editedPair() {
    ReleasePair pair = ReleasePair.in(folder).version("1.1.0");
    pair.after()
        .edit(
            "modules/m01-receipt.md",
            "This module explains how the shipper",
            "This module shows how the shipper")
        .edit(
            "modules/m01-receipt.md",
            "using the site receipt checklist",
            "using the site receipt checklist and the order record")
        .write(
            "items/Q-M01-F9.yml",
            pair.after().read("items/Q-M01-F2.yml").replace("id: Q-M01-F2", "id: Q-M01-F9"));
    return pair;
  }

  private static Finding only(BuildReport report, String rule) {
    List<Finding> found =
        java.util.stream.Stream.concat(report.findings().stream(), report.baselined().stream())
            .filter(f -> f.rule().equals(rule))
            .toList();
    assertThat(found).as(rule + " findings in " + report.findings()).hasSize(1);
    return found.get(0);
  }

  private static List<String> rules(BuildReport report) {
    return report.findings().stream().map(Finding::rule).toList();
  }

  private static void edit(Path file, String before, String after) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(before);
    Files.writeString(file, text.replace(before, after));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path file : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void git(Path repo, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of("-c", "user.name=Test", "-c", "user.email=test@example.org"));
    command.addAll(List.of("-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"));
    command.addAll(List.of(arguments));
    Files.createDirectories(repo);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
  }
}
