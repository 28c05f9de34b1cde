package org.coursekit.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;
import org.coursekit.diff.PreviousRelease;

/**
 * Validates the course and compares it with its previous release (the last {@code vX.Y.Z} git tag,
 * or the package zip or course folder {@code previousRelease} names): reports recycled ids, a
 * missing version bump and a tracking-breaking release, says what to do in the LMS, and writes the
 * change report {@code reports/changes.md} (for a pull-request comment) and {@code changes.html}.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractCourseMojo {

  /**
   * The release to compare with: a package zip CourseKit wrote or a course folder, relative to the
   * project folder. Unset: the last release tag ({@code vX.Y.Z}) reachable from HEAD.
   */
  @Parameter(property = "coursekit.previousRelease")
  private String previousRelease;

  @Override
  void checkParameters() throws MojoExecutionException {
    if (PreviousReleases.NONE.equalsIgnoreCase(String.valueOf(previousRelease).strip())) {
      throw new MojoExecutionException(
          "coursekit: diff needs a release to compare with; previousRelease=none leaves nothing."
              + " Give a package zip or course folder, or leave it unset to use the last git tag.");
    }
  }

  @Override
  BuildReport run(CourseBuild build, BuildOptions options) throws IOException {
    PreviousRelease previous =
        PreviousReleases.of(
            previousRelease, project().getBasedir().toPath(), options.sourceDirectory(), true);
    BuildReport report = build.changes(options, previous);
    report.written().stream()
        .filter(file -> file.endsWith("changes.md") || file.endsWith("changes.html"))
        .forEach(
            file -> getLog().info("coursekit: change report " + new File(outputDirectory(), file)));
    return report;
  }

  @Override
  String goal() {
    return "diff";
  }
}
