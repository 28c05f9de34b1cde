package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.load.CourseLoader;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test: the example course builds without errors into a complete, self-contained site. */
class ExampleCourseSiteTest {

  @TempDir static Path output;
  static BuildReport report;
  static Course course;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    report = ExampleCourse.buildSite(output);
    course = new CourseLoader().load(ExampleCourse.folder()).course();
    site = output.resolve("site");
  }

  @Test
  void buildsWithoutErrors() {
    List<String> errors =
        report.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(Finding::format)
            .toList();
    assertThat(errors).isEmpty();
    assertThat(output.resolve("reports/findings.json")).isRegularFile();
  }

  @Test
  void everyModuleHasAPageWithItsObjectivesFirst() throws IOException {
    assertThat(course.modules()).hasSizeGreaterThanOrEqualTo(3);
    for (CourseModule module : course.deliveryOrder()) {
      Path page = site.resolve("modules/" + module.id() + ".html");
      assertThat(page).as(module.id()).isRegularFile();
      Document doc = parse(page);
      Element objectives = doc.getElementById("objectives");
      assertThat(objectives).as("objectives block of " + module.id()).isNotNull();
      for (var objective : module.objectives()) {
        assertThat(objectives.text()).contains(objective.text());
      }
      Element main = doc.selectFirst("main");
      assertThat(main).isNotNull();
      assertThat(main.getAllElements().indexOf(objectives))
          .as("the objectives come before the module body")
          .isLessThan(main.getAllElements().indexOf(main.selectFirst("h2")));
    }
  }

  @Test
  void navigationFollowsTheDeliveryOrder() throws IOException {
    List<String> expected =
        course.deliveryOrder().stream().map(m -> "modules/" + m.id() + ".html").toList();
    Document landing = parse(site.resolve("index.html"));
    List<String> linked =
        landing.select("a[href^=modules/]").stream()
            .map(a -> a.attr("href"))
            .filter(expected::contains)
            .distinct()
            .toList();
    assertThat(linked).containsExactlyElementsOf(expected);
  }

  @Test
  void landingPageShowsWhatALearnerMustSeeBeforeEnrolling() throws IOException {
    var program = course.program();
    String text = parse(site.resolve("index.html")).text();
    assertThat(text)
        .contains(program.title())
        .contains(program.scope().excludes().get(0))
        .contains(program.audience().description())
        .contains(program.prerequisites().get(0))
        .contains(program.outcomes().get(0).text())
        .contains(
            program.completion().passingStandard().score().stripTrailingZeros().toPlainString())
        .contains(String.valueOf(program.completion().attempts().max()))
        .contains(program.contactHours().stripTrailingZeros().toPlainString())
        .contains(program.certificate().disclaimer().strip())
        .contains("3 years");
    Document landing = parse(site.resolve("index.html"));
    for (var policy : program.policies()) {
      if (policy.external()) {
        assertThat(landing.select("a[href=" + policy.target() + "]"))
            .as("policy link " + policy.name())
            .isNotEmpty();
      }
    }
  }

  @Test
  void everyPageDeclaresTheCourseLanguage() throws IOException {
    for (Path page : htmlPages()) {
      assertThat(parse(page).selectFirst("html").attr("lang"))
          .as(site.relativize(page).toString())
          .isEqualTo(course.program().language());
    }
  }

  @Test
  void everyLocalLinkAndImageResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : htmlPages()) {
      Document doc = parse(page);
      for (Element el : doc.select("[href], [src]")) {
        String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
        if (ref.isEmpty() || URI.create(ref.replace(" ", "%20")).getScheme() != null) {
          continue;
        }
        String path = ref.replaceAll("[#?].*$", "");
        String fragment = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!Files.isRegularFile(target) || !target.startsWith(site)) {
          broken.add(site.relativize(page) + " -> " + ref);
        } else if (!fragment.isEmpty()
            && target.toString().endsWith(".html")
            && parse(target).getElementById(fragment) == null) {
          broken.add(site.relativize(page) + " -> " + ref + " (no such anchor)");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void assetsNeverComeFromAnotherHost() throws IOException {
    List<String> external = new ArrayList<>();
    for (Path page : htmlPages()) {
      Document doc = parse(page);
      for (Element el : doc.select("script[src], link[href], img[src], source[src], iframe[src]")) {
        String ref = el.hasAttr("src") ? el.attr("src") : el.attr("href");
        if (ref.matches("(?i)^([a-z][a-z0-9+.-]*:)?//.*")) {
          external.add(site.relativize(page) + ": " + el.outerHtml());
        }
      }
      String css = String.join("\n", doc.select("style").eachText());
      assertThat(css).doesNotContainPattern("@import|url\\(\\s*['\"]?(https?:)?//");
    }
    try (Stream<Path> files = Files.walk(site)) {
      for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
        assertThat(Files.readString(css))
            .as(css.toString())
            .doesNotContainPattern("@import|url\\(\\s*['\"]?(https?:)?//");
      }
    }
    assertThat(external).isEmpty();
  }

  @Test
  void formativeQuizzesArePublishedAndSummativeItemsNeverAre() throws IOException {
    long quizzes = 0;
    StringBuilder all = new StringBuilder();
    for (Path page : htmlPages()) {
      Document doc = parse(page);
      quizzes += doc.select("form.quiz").size();
      all.append(doc.text()).append('\n').append(Files.readString(page));
    }
    assertThat(quizzes).isGreaterThanOrEqualTo(course.modules().size());
    List<Item> summative = course.items().stream().filter(Item::summative).toList();
    assertThat(summative).isNotEmpty();
    for (Item item : summative) {
      assertThat(all.toString()).as(item.id()).doesNotContain(item.stem().strip());
    }
  }

  @Test
  void glossaryPageListsEveryTermAndModulePagesLinkToIt() throws IOException {
    Document glossary = parse(site.resolve("glossary.html"));
    for (var entry : course.glossary()) {
      assertThat(glossary.text()).contains(entry.term()).contains(entry.definition().strip());
    }
    long termLinks = 0;
    for (CourseModule module : course.modules()) {
      termLinks +=
          parse(site.resolve("modules/" + module.id() + ".html"))
              .select("main a[href^=../glossary.html#]")
              .size();
    }
    assertThat(termLinks).isGreaterThan(0);
  }

  @Test
  void imagesKeepTheirAltText() throws IOException {
    int images = 0;
    for (CourseModule module : course.modules()) {
      Document doc = parse(site.resolve("modules/" + module.id() + ".html"));
      for (Element img : doc.select("main img")) {
        images++;
        assertThat(img.hasAttr("alt")).as(img.outerHtml()).isTrue();
      }
      for (var image : module.images()) {
        if (!image.decorative()) {
          assertThat(doc.select("img[alt]").eachAttr("alt")).contains(image.alt());
        }
      }
    }
    assertThat(images).isGreaterThan(0);
  }

  private static List<Path> htmlPages() throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static Document parse(Path page) throws IOException {
    return Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
  }
}
