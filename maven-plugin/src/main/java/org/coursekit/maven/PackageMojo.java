package org.coursekit.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;
import org.coursekit.diff.PreviousRelease;
import org.coursekit.pack.PackageFormat;

/**
 * Validates the course and writes its LMS packages to {@code packages/} under the output directory
 * ({@code <program-id>-<version>-scorm12.zip}, {@code -scorm2004.zip}, {@code -cmi5.zip}), prints
 * each package's size with a warning above {@code maxPackageMegabytes}, and attaches the zips to
 * the project with the format as classifier, so {@code install} and {@code deploy} publish them.
 * After the packages it writes the accreditation evidence bundle to {@code evidence/} (classifier
 * {@code evidence}).
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractCourseMojo {

  private static final String PACKAGES = "packages/";
  private static final String EVIDENCE = "evidence/";

  /** The formats to write, comma-separated: {@code scorm12}, {@code scorm2004}, {@code cmi5}. */
  @Parameter(property = "coursekit.formats", defaultValue = "scorm12,scorm2004,cmi5")
  private String formats;

  /** Packages larger than this many megabytes get a warning: many LMSs refuse big uploads. */
  @Parameter(property = "coursekit.maxPackageMegabytes", defaultValue = "100")
  private int maxPackageMegabytes;

  /**
   * Report every answer to the LMS as {@code cmi.interactions} (xAPI "answered" statements in
   * cmi5). Off by default: few LMSs can report them and strict ones reject what they do not expect.
   */
  @Parameter(property = "coursekit.interactions", defaultValue = "false")
  private boolean interactions;

  /**
   * The release this one replaces in the LMS, for the safe-update guard (see the diff goal): a
   * package zip or course folder relative to the project folder, or {@code none}. Unset: the last
   * release tag ({@code vX.Y.Z}) reachable from HEAD, if there is one.
   */
  @Parameter(property = "coursekit.previousRelease")
  private String previousRelease;

  @Component private MavenProjectHelper projectHelper;

  private Set<PackageFormat> chosen;

  @Override
  void checkParameters() throws MojoExecutionException {
    chosen = parseFormats(formats);
    if (maxPackageMegabytes <= 0) {
      throw new MojoExecutionException(
          "coursekit: maxPackageMegabytes must be a positive number of megabytes, e.g. 100; found "
              + maxPackageMegabytes);
    }
  }

  @Override
  BuildReport run(CourseBuild build, BuildOptions options) throws IOException {
    PreviousRelease previous =
        PreviousReleases.of(
            previousRelease, project().getBasedir().toPath(), options.sourceDirectory(), false);
    BuildReport report = build.packages(options, chosen, interactions, previous);
    for (String written : report.written()) {
      if (written.startsWith(EVIDENCE)) {
        File bundle = new File(outputDirectory(), written);
        getLog().info("coursekit: evidence bundle " + bundle + " (" + size(bundle.length()) + ")");
        projectHelper.attachArtifact(project(), "zip", "evidence", bundle);
        continue;
      }
      if (!written.startsWith(PACKAGES)) {
        continue;
      }
      File zip = new File(outputDirectory(), written);
      long size = zip.length();
      getLog().info("coursekit: package " + zip + " (" + size(size) + ")");
      overBudget(zip.getName(), size, maxPackageMegabytes).ifPresent(getLog()::warn);
      classifier(zip.getName())
          .ifPresent(classifier -> projectHelper.attachArtifact(project(), "zip", classifier, zip));
    }
    return report;
  }

  @Override
  String goal() {
    return "package";
  }

  /** The warning for a package above the size budget, if it is. */
  static Optional<String> overBudget(String zipName, long bytes, int maxMegabytes) {
    if (bytes <= maxMegabytes * 1024L * 1024L) {
      return Optional.empty();
    }
    return Optional.of(
        "coursekit: "
            + zipName
            + " is "
            + size(bytes)
            + ", more than the "
            + maxMegabytes
            + " MB budget (maxPackageMegabytes); many LMSs refuse or stall on large uploads."
            + " Compress or link large media, or raise the budget if your LMS accepts it.");
  }

  static Set<PackageFormat> parseFormats(String text) throws MojoExecutionException {
    Set<PackageFormat> parsed = EnumSet.noneOf(PackageFormat.class);
    List<String> unknown = new ArrayList<>();
    for (String word : (text == null ? "" : text).split(",")) {
      if (word.isBlank()) {
        continue;
      }
      Optional<PackageFormat> format = PackageFormat.parse(word);
      format.ifPresentOrElse(parsed::add, () -> unknown.add(word.strip()));
    }
    if (!unknown.isEmpty() || parsed.isEmpty()) {
      throw new MojoExecutionException(
          "coursekit: formats must list one or more of scorm12, scorm2004, cmi5, separated by"
              + " commas (e.g. <formats>scorm12,cmi5</formats>); found '"
              + text
              + "'");
    }
    return parsed;
  }

  /** {@code cgt-product-handling-1.0.0-scorm12.zip} has the classifier {@code scorm12}. */
  static Optional<String> classifier(String zipName) {
    String lower = zipName.toLowerCase(Locale.ROOT);
    for (PackageFormat format : PackageFormat.values()) {
      if (lower.endsWith("-" + format.id() + ".zip")) {
        return Optional.of(format.id());
      }
    }
    return Optional.empty();
  }

  /** {@code 83 KB} below a megabyte, {@code 3.5 MB} above. */
  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return (bytes + 1023) / 1024 + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
