package org.coursekit.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.coursekit.model.Course;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.rules.builtin.CredentialClaims;
import org.coursekit.site.RenderedSiteChecks.PageFacts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds, once per written page, what the checks on the published site need ({@link PageFacts}): one
 * HTML parse per page, done on the thread that wrote it. Thread-safe.
 */
final class PageInspector {

  private final CredentialClaims claims;
  private final SummativeLeakCheck leakCheck;
  private final SummativeLeakCheck.Stems stems;
  private final String fingerprint;

  PageInspector(Course course, MarkdownRenderer markdown) throws IOException {
    this.claims = CredentialClaims.of(course);
    this.leakCheck = new SummativeLeakCheck(markdown);
    this.stems = leakCheck.stems(course.items());
    this.fingerprint =
        new CacheKey()
            .add(stems.fingerprint())
            .add(courseFile(course, "program.yml"))
            .add(courseFile(course, "coursekit.yml"))
            .hex();
  }

  /**
   * What the facts depend on besides the page: the summative stems, and the program and rule
   * settings the credential claims are judged by. Cached facts judged against another are found
   * again.
   */
  String fingerprint() {
    return fingerprint;
  }

  SummativeLeakCheck leakCheck() {
    return leakCheck;
  }

  SummativeLeakCheck.Stems stems() {
    return stems;
  }

  /** The facts of an HTML page. */
  PageFacts inspect(String html) {
    return inspect(Jsoup.parse(html));
  }

  PageFacts inspect(Document page) {
    return RenderedSiteChecks.facts(page, claims, leakCheck, stems);
  }

  /** The summative items whose question appears in a text file that is not an HTML page. */
  List<String> leaksIn(String path, String content) {
    return leakCheck.leakedIn(stems, path, content);
  }

  /** The bytes of a course file, or an empty text when it is missing or there is no folder. */
  static byte[] courseFile(Course course, String relative) throws IOException {
    if (course.root() == null) {
      return new byte[0];
    }
    Path file = course.root().resolve(relative);
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        ? Files.readAllBytes(file)
        : "(none)".getBytes(StandardCharsets.UTF_8);
  }
}
