package org.coursekit.maven;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;
import org.coursekit.serve.PreviewConsole;
import org.coursekit.serve.PreviewServer;

/**
 * Previews the course on {@code http://127.0.0.1:8040/} and rebuilds it on every save: the open
 * page reloads, findings in the edited file show in the page and in this console, and module pages
 * show an LMS panel. Runs until Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractCourseMojo {

  /** The port on 127.0.0.1; when it is taken, a free one is used and printed. */
  @Parameter(property = "coursekit.port", defaultValue = "8040")
  private int port;

  @Override
  void checkParameters() throws MojoExecutionException {
    if (port < 0 || port > 65_535) {
      throw new MojoExecutionException(
          "coursekit: port must be between 1 and 65535 (0 picks a free one), e.g."
              + " -Dcoursekit.port=8040; found "
              + port);
    }
  }

  @Override
  BuildReport run(CourseBuild build, BuildOptions options) throws IOException {
    // The preview judges the sources alone: reading git history on every save would slow each
    // rebuild, and the history rules run in every real build.
    PreviewServer server =
        PreviewServer.start(build, options.withoutVersionHistory(), port, console());
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> closeQuietly(server), "coursekit-serve-stop"));
    try {
      new CountDownLatch(1).await(); // until Ctrl-C stops Maven
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(server);
    return new BuildReport(List.of(), List.of());
  }

  private PreviewConsole console() {
    return new PreviewConsole() {
      @Override
      public void info(String line) {
        getLog().info(line);
      }

      @Override
      public void warn(String line) {
        getLog().warn(line);
      }

      @Override
      public void error(String line) {
        getLog().error(line);
      }
    };
  }

  private static void closeQuietly(PreviewServer server) {
    try {
      server.close();
    } catch (IOException e) {
      // Stopping anyway; nothing is left to clean up that the JVM does not.
    }
  }

  @Override
  String goal() {
    return "serve";
  }
}
