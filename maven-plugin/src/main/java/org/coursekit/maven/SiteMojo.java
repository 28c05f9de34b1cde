package org.coursekit.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;

/**
 * Validates the course and writes the static site to {@code site/} under the output directory
 * (default {@code target/coursekit/site/index.html}).
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class SiteMojo extends AbstractCourseMojo {

  @Override
  BuildReport run(CourseBuild build, BuildOptions options) throws IOException {
    BuildReport report = build.site(options);
    getLog().info("coursekit: site written to " + new File(outputDirectory(), "site/index.html"));
    return report;
  }

  @Override
  String goal() {
    return "site";
  }
}
