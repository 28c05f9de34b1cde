package org.coursekit.report;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Properties;
import org.coursekit.model.Course;

/**
 * What the reports need besides the course and its findings.
 *
 * @param rules the names and help of every rule id a finding can carry
 * @param profile {@code draft} or {@code release} as overridden for this build; null means the
 *     profile coursekit.yml names ({@code release} without one)
 * @param outputTimestamp the build's fixed time ({@code project.build.outputTimestamp}): the only
 *     date the reports print; null prints none
 * @param toolVersion the CourseKit version named in SARIF
 */
public record ReportContext(
    RuleDescriptions rules, String profile, Instant outputTimestamp, String toolVersion) {

  private static final String DEFAULT_PROFILE = "release";
  private static final String POM_PROPERTIES =
      "/META-INF/maven/org.coursekit/coursekit-generator/pom.properties";

  public ReportContext {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(toolVersion, "toolVersion");
  }

  /** A context naming the version of the CourseKit library that is running. */
  public static ReportContext of(RuleDescriptions rules, String profile, Instant outputTimestamp) {
    return new ReportContext(rules, profile, outputTimestamp, runningVersion());
  }

  /** The profile the course was checked with: the override, else coursekit.yml's. */
  public String profileFor(Course course) {
    if (profile != null) {
      return profile;
    }
    if (course == null || course.config() == null || course.config().profile() == null) {
      return DEFAULT_PROFILE;
    }
    return course.config().profile();
  }

  /** The build date as {@code 2026-11-25} (UTC), or null when the build has no timestamp. */
  public String buildDate() {
    return outputTimestamp == null
        ? null
        : DateTimeFormatter.ISO_LOCAL_DATE.format(outputTimestamp.atZone(ZoneOffset.UTC));
  }

  /**
   * The library's version: from its jar manifest, else from the Maven metadata in its jar, else
   * {@code development} when it runs from a build folder.
   */
  static String runningVersion() {
    String manifest = ReportContext.class.getPackage().getImplementationVersion();
    if (manifest != null) {
      return manifest;
    }
    try (InputStream in = ReportContext.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version.strip();
        }
      }
    } catch (IOException e) {
      // An unreadable metadata file only costs the version number.
    }
    return "development";
  }
}
