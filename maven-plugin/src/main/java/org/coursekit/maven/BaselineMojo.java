package org.coursekit.maven;

import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.coursekit.BaselineResult;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;

/**
 * Records every current finding in the course's baseline file (coursekit.yml's {@code baseline},
 * default {@code coursekit-baseline.json} in the course folder), so later builds report those
 * findings without failing on them. Writing into the course folder is this goal's purpose: commit
 * the file. Run it on demand ({@code mvn coursekit:baseline}); it is bound to no phase.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractCourseMojo {

  @Override
  BuildReport run(CourseBuild build, BuildOptions options) throws IOException {
    BaselineResult result = build.recordBaseline(options);
    getLog()
        .info(
            "coursekit: baseline written to "
                + result.file()
                + " ("
                + result.report().baselined().size()
                + " findings recorded)");
    return result.report();
  }

  @Override
  String goal() {
    return "baseline";
  }
}
