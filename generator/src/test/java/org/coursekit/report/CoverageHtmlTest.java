package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coursekit.diag.Finding;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadResult;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.model.Outcome;
import org.coursekit.model.Ref;
import org.coursekit.rules.CourseValidator;
import org.coursekit.rules.ValidationOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * coverage.html of the example course, read the way a browser and a screen reader would: a
 * self-contained, accessible page whose matrix lists every outcome, the objectives that support it
 * and the summative items that measure them.
 */
class CoverageHtmlTest {

  private static Course course;
  private static Document page;

  @BeforeAll
  static void renderTheExampleCourse() throws IOException {
    LoadResult loaded =
        new CourseLoader().load(Path.of(System.getProperty("coursekit.exampleCourse")));
    course = loaded.course();
    CourseValidator validator = CourseValidator.builtin();
    List<Finding> findings = new ArrayList<>(loaded.findings());
    findings.addAll(validator.validate(course, ValidationOptions.on(LocalDate.of(2026, 11, 25))));
    ReportContext context =
        new ReportContext(
            RuleDescriptions.of(validator.rules()), null, ReportFixtures.TIMESTAMP, "test");
    String html =
        new ReportWriter(CoverageHtmlTest.class.getClassLoader())
            .coverageHtml(CoverageReport.of(course, findings, context));
    page = Jsoup.parse(html);
  }

  @Test
  void isSelfContainedWithoutScriptsOrExternalRequests() {
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("link, img, iframe, object, embed, video, audio, source")).isEmpty();
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.select("style").first().data())
        .doesNotContain("url(")
        .doesNotContain("@import");
    for (Element link : page.select("[href]")) {
      assertThat(link.attr("href")).as("in-page link").startsWith("#");
      assertThat(page.getElementById(link.attr("href").substring(1)))
          .as("target of " + link.attr("href"))
          .isNotNull();
    }
    assertThat(page.select("[src]")).isEmpty();
  }

  @Test
  void statesItsLanguageAndTitle() {
    assertThat(page.select("html").attr("lang")).isEqualTo(course.program().language());
    assertThat(page.title()).contains(course.program().title());
    assertThat(page.select("h1")).hasSize(1);
  }

  @Test
  void everyTableHasACaptionAndScopedHeaders() {
    Elements tables = page.select("table");
    assertThat(tables).hasSizeGreaterThanOrEqualTo(4);
    for (Element table : tables) {
      assertThat(table.select("> caption").text()).as("caption").isNotBlank();
      for (Element header : table.select("th")) {
        assertThat(header.attr("scope"))
            .as("scope of th '%s'", header.text())
            .isIn("col", "row", "rowgroup");
      }
    }
  }

  @Test
  void theMatrixListsEveryOutcomeWithItsObjectivesAndItems() {
    Element matrix = table("Program outcomes, the module objectives");
    List<String> outcomeHeaders =
        matrix.select("th[scope=rowgroup] .id").stream().map(Element::text).toList();
    assertThat(outcomeHeaders)
        .containsExactlyElementsOf(course.program().outcomes().stream().map(Outcome::id).toList());

    for (Outcome outcome : course.program().outcomes()) {
      Element group = outcomeGroup(matrix, outcome.id());
      assertThat(group.text()).contains(outcome.text());
      Set<String> listed = new TreeSet<>();
      group.select("th[scope=row] .id").forEach(id -> listed.add(id.text()));
      assertThat(listed).as("objectives under " + outcome.id()).isEqualTo(supporting(outcome));
      for (Element row : group.select("tr")) {
        Element objective = row.selectFirst("th[scope=row] .id");
        if (objective == null) {
          continue;
        }
        List<String> items = row.select("ul.ids li").stream().map(Element::text).toList();
        assertThat(items)
            .as("items of " + objective.text())
            .containsExactlyElementsOf(summativeItemIds(objective.text()));
      }
    }
  }

  @Test
  void eachFormHasABlueprintTableWithEveryRow() {
    for (Assessment assessment : course.assessments()) {
      Element table = table("Blueprint of " + assessment.id());
      List<String> rows = table.select("tbody th[scope=row]").stream().map(Element::text).toList();
      assertThat(rows)
          .containsAll(assessment.blueprint().stream().map(r -> r.objective().id()).toList());
    }
  }

  @Test
  void theBloomProfileHasEveryLevelWithTextValues() {
    Element table = table("Number of outcomes, module objectives and summative items");
    List<String> levels = table.select("tbody th[scope=row]").stream().map(Element::text).toList();
    assertThat(levels)
        .startsWith("Remember", "Understand", "Apply", "Analyze", "Evaluate", "Create");
    for (Element bar : table.select(".bar")) {
      assertThat(bar.attr("aria-hidden")).isEqualTo("true");
      assertThat(bar.nextElementSibling().text()).matches("\\d+ \\(\\d+ %\\)");
    }
  }

  @Test
  void findingsAreGroupedProgramFirstThenModulesInDeliveryOrder() {
    Element section = page.getElementById("findings-title").parent();
    List<String> groups = section.select("h3").stream().map(Element::text).toList();
    List<String> expected = new ArrayList<>();
    expected.add("Program-wide");
    for (CourseModule module : course.deliveryOrder()) {
      expected.add("Module " + module.id() + ": " + module.title());
    }
    assertThat(groups).containsExactlyElementsOf(expected);
  }

  private static Element table(String captionStart) {
    for (Element table : page.select("table")) {
      if (table.select("> caption").text().startsWith(captionStart)) {
        return table;
      }
    }
    throw new AssertionError("no table captioned " + captionStart);
  }

  private static Element outcomeGroup(Element matrix, String outcomeId) {
    for (Element body : matrix.select("tbody")) {
      Element head = body.selectFirst("th[scope=rowgroup] .id");
      if (head != null && head.text().equals(outcomeId)) {
        return body;
      }
    }
    throw new AssertionError("no row group for " + outcomeId);
  }

  private static Set<String> supporting(Outcome outcome) {
    Set<String> ids = new TreeSet<>();
    for (CourseModule module : course.modules()) {
      for (Objective objective : module.objectives()) {
        if (objective.supports().stream().map(Ref::id).anyMatch(outcome.id()::equals)) {
          ids.add(objective.id());
        }
      }
    }
    return ids;
  }

  private static List<String> summativeItemIds(String objectiveId) {
    return course.items().stream()
        .filter(Item::summative)
        .filter(item -> item.objectives().stream().map(Ref::id).anyMatch(objectiveId::equals))
        .map(Item::id)
        .sorted()
        .toList();
  }
}
