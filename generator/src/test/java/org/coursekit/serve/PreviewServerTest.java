package org.coursekit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coursekit.BuildOptions;
import org.coursekit.CourseBuild;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server over plain HTTP: a taken port falls back to a free one with a message, pages
 * get the preview script only as served, and nothing outside the site folder can be read.
 */
class PreviewServerTest {

  @TempDir static Path work;
  static ServerSocket taken;
  static PreviewServer server;
  static final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    CourseFixture course = CourseFixture.exampleCourseIn(work.resolve("course"));
    Files.writeString(work.resolve("secret.txt"), "outside the site", StandardCharsets.UTF_8);
    taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
    BuildOptions options =
        new BuildOptions(
                course.root(),
                work.resolve("out"),
                Instant.parse("2026-11-25T00:00:00Z"),
                CourseFixture.TODAY,
                null)
            .withoutVersionHistory();
    server =
        PreviewServer.start(
            CourseBuild.create(PreviewServerTest.class.getClassLoader()),
            options,
            taken.getLocalPort(),
            new PreviewConsole() {
              @Override
              public void info(String line) {}

              @Override
              public void warn(String line) {
                warnings.add(line);
              }

              @Override
              public void error(String line) {}
            });
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (taken != null) {
      taken.close();
    }
  }

  @Test
  void aTakenPortFallsBackToAFreeOneAndSaysSo() {
    assertThat(server.address().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.address().getPort()).isNotEqualTo(taken.getLocalPort());
    assertThat(warnings)
        .anyMatch(
            w ->
                w.contains("port " + taken.getLocalPort() + " is in use")
                    && w.contains(String.valueOf(server.address().getPort())));
  }

  @Test
  void servedPagesCarryThePreviewScriptButTheSiteOnDiskDoesNot() throws Exception {
    HttpResponse<String> page = get("modules/m01-receipt.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> t.startsWith("text/html"));
    assertThat(page.body())
        .contains(
            "<script src=\"/__coursekit/preview.js\" data-ck-generation=\"1\" defer></script>\n</body>");
    assertThat(Files.readString(work.resolve("out/site/modules/m01-receipt.html")))
        .doesNotContain("__coursekit");
    assertThat(get("").body()).contains("__coursekit/preview.js");
    assertThat(get("__coursekit/preview.js").statusCode()).isEqualTo(200);
    assertThat(get("__coursekit/state.json").body()).contains("\"generation\": 1");
  }

  @Test
  void nothingOutsideTheSiteFolderIsServed() throws Exception {
    assertThat(raw("/../../secret.txt").statusCode()).isEqualTo(404);
    assertThat(raw("/%2e%2e/%2e%2e/secret.txt").statusCode()).isEqualTo(404);
    assertThat(raw("/..%2f..%2fsecret.txt").statusCode()).isEqualTo(404);
    assertThat(get("no-such-page.html").statusCode()).isEqualTo(404);
  }

  private static HttpResponse<String> get(String page) throws Exception {
    return send(server.address().resolve(page));
  }

  /** A request whose path is sent as written, not normalised by URI resolution. */
  private static HttpResponse<String> raw(String path) throws Exception {
    return send(URI.create("http://127.0.0.1:" + server.address().getPort() + path));
  }

  private static HttpResponse<String> send(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
