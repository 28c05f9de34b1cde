package org.coursekit.maven;

import java.io.IOException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;

/**
 * Checks the course against the format and the accreditation rules, prints each finding as {@code
 * path:line:col: severity [RULE-ID] message}, writes {@code reports/findings.json}, and fails the
 * build when an error remains.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractCourseMojo {

  @Override
  BuildReport run(CourseBuild build, BuildOptions options) throws IOException {
    return build.validate(options);
  }

  @Override
  String goal() {
    return "validate";
  }
}
