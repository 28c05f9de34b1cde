package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.pack.PackageFormat;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings of the site build (A11Y-001, an image without alt text) and of the package build
 * (PKG-003, a performance item in the online exam's pool) obey the course's settings like the
 * rules' findings do: coursekit.yml severities and {@code off}, the draft profile, {@code
 * lint.ignore} and the baseline.
 */
class OutputFindingsSettingsTest {

  private static final String M01 = "modules/m01-receipt.md";

  /** A performance item in the final exam's pool: a browser cannot score it. */
  private static final String PERFORMANCE_ITEM = "items/secure/Q-M01-S99.yml";

  private static final String SITE_RULE = "A11Y-001";
  private static final String PACKAGE_RULE = "PKG-003";

  @TempDir Path folder;
  @TempDir Path output;
  private CourseFixture course;
  private final CourseBuild build = CourseBuild.create(getClass().getClassLoader());

  @BeforeEach
  void dropOneAltTextAndAddAPerformanceItem() {
    course =
        CourseFixture.exampleCourseIn(folder)
            .replaceSpan(
                M01, "![Example dry-shipper label", "\n", "![](m01-receipt/shipper-label.svg)");
    course.write(
        PERFORMANCE_ITEM,
        course.read("items/secure/Q-PT-01.yml").replace("id: Q-PT-01", "id: Q-M01-S99"));
  }

  private BuildOptions options(String profile) {
    return new BuildOptions(course.root(), output, null, CourseFixture.TODAY, profile, false);
  }

  private BuildReport site(String profile) throws Exception {
    return build.site(options(profile));
  }

  private BuildReport packages(String profile) throws Exception {
    return build.packages(options(profile), EnumSet.of(PackageFormat.SCORM12));
  }

  private static List<Finding> of(List<Finding> findings, String rule) {
    // Only the two deliberate breaks: the example course may have findings of these rules
    // elsewhere while it is being edited.
    return findings.stream()
        .filter(f -> f.rule().equals(rule))
        .filter(f -> f.at().file().equals(M01) || f.at().file().equals(PERFORMANCE_ITEM))
        .toList();
  }

  private void settings(String rules) {
    course.write("coursekit.yml", "profile: release\nrules:\n" + rules);
  }

  @Test
  void withoutSettingsBothAreReportedAtTheirDefaultSeverity() throws Exception {
    assertThat(of(site(null).findings(), SITE_RULE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.at().file()).isEqualTo(M01);
            });
    assertThat(of(packages(null).findings(), PACKAGE_RULE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.at().file()).isEqualTo(PERFORMANCE_ITEM);
            });
  }

  @Test
  void coursekitYmlSetsTheirSeverityWithoutAnUnknownRuleFinding() throws Exception {
    settings("  A11Y-001: error\n  PKG-003: info\n");

    BuildReport site = site(null);
    BuildReport packages = packages(null);

    assertThat(of(site.findings(), SITE_RULE))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
    assertThat(of(packages.findings(), PACKAGE_RULE))
        .extracting(Finding::severity)
        .containsExactly(Severity.INFO);
    assertThat(of(site.findings(), "FMT-004")).isEmpty();
  }

  @Test
  void offSwitchesThemOff() throws Exception {
    settings("  A11Y-001: off\n  PKG-003: off\n");

    assertThat(of(site(null).findings(), SITE_RULE)).isEmpty();
    BuildReport packages = packages(null);
    assertThat(of(packages.findings(), PACKAGE_RULE)).isEmpty();
    assertThat(of(packages.findings(), SITE_RULE)).isEmpty();
  }

  @Test
  void theDraftProfileTurnsTheirErrorsIntoWarnings() throws Exception {
    settings("  A11Y-001: error\n  PKG-003: error\n");

    assertThat(of(site("draft").findings(), SITE_RULE))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    assertThat(of(packages("draft").findings(), PACKAGE_RULE))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void anUnknownOutputCheckIdGetsADidYouMean() throws Exception {
    settings("  A11Y-01: warning\n");

    assertThat(build.validate(options(null)).findings())
        .filteredOn(f -> f.rule().equals("FMT-004") && f.at().file().equals("coursekit.yml"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("names rule `A11Y-01`")
        .contains("Did you mean `A11Y-001`?");
  }

  @Test
  void lintIgnoreSuppressesThemInTheModuleAndCountsAsUsed() throws Exception {
    course.edit(
        M01,
        "---\nid: m01-receipt\n",
        "---\nid: m01-receipt\nlint:\n  ignore:\n    - { rule: A11Y-001, reason: \"The label is"
            + " described in the text below it\" }\n");

    BuildReport site = site(null);
    BuildReport packages = packages(null);
    BuildReport validated = build.validate(options(null));

    assertThat(of(site.findings(), SITE_RULE)).isEmpty();
    // The package build renders the same pages and runs the same checks on them.
    assertThat(of(packages.findings(), SITE_RULE)).isEmpty();
    // Used in the site and package builds; a build that writes neither cannot judge it.
    for (BuildReport report : List.of(site, packages, validated)) {
      assertThat(report.findings()).noneMatch(f -> f.message().startsWith("Unused suppression"));
    }
  }

  @Test
  void anUnusedSuppressionOfASiteCheckIsReportedByTheSiteBuild() throws Exception {
    course.edit(
        "modules/m02-chain-of-identity.md",
        "---\nid: m02-chain-of-identity\n",
        "---\nid: m02-chain-of-identity\nlint:\n  ignore:\n    - { rule: A11Y-001, reason:"
            + " \"no images\" }\n");

    assertThat(site(null).findings())
        .filteredOn(f -> f.message().startsWith("Unused suppression"))
        .singleElement()
        .extracting(f -> f.at().file())
        .isEqualTo("modules/m02-chain-of-identity.md");
    assertThat(build.validate(options(null)).findings())
        .noneMatch(f -> f.message().startsWith("Unused suppression"));
  }

  @Test
  void theBaselineRecordsThemAndLaterBuildsDoNotCountThem() throws Exception {
    BaselineResult recorded = build.recordBaseline(options(null));

    assertThat(recorded.report().baselined())
        .anyMatch(f -> f.rule().equals(SITE_RULE))
        .anyMatch(f -> f.rule().equals(PACKAGE_RULE));
    // The site and packages were built in a scratch folder, which is gone.
    assertThat(output.toFile().list()).noneMatch(name -> name.startsWith("baseline-"));

    BuildReport site = site(null);
    BuildReport packages = packages(null);
    BuildReport validated = build.validate(options(null));

    assertThat(of(site.findings(), SITE_RULE)).isEmpty();
    assertThat(of(site.baselined(), SITE_RULE)).hasSize(1);
    assertThat(of(packages.findings(), PACKAGE_RULE)).isEmpty();
    assertThat(of(packages.baselined(), PACKAGE_RULE)).hasSize(1);
    // A build that writes no site or package is not told that their findings were fixed.
    for (BuildReport report : List.of(site, packages, validated)) {
      assertThat(report.findings()).noneMatch(f -> f.at().file().equals("coursekit-baseline.json"));
    }
  }
}
