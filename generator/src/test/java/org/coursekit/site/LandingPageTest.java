package org.coursekit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.site.SiteFixture.page;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The landing page shows what a learner must know before enrolling (DSC-001). */
class LandingPageTest {

  @TempDir Path course;
  @TempDir Path output;

  @Test
  void showsEveryBlockALearnerNeeds() throws Exception {
    Document index = build(new SiteFixture(course));
    assertThat(index.select("h1").eachText()).containsExactly("Fixture Course");
    assertThat(index.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    assertThat(index.selectFirst(".eyebrow").text()).contains("Version 2.1.0");
    assertThat(index.getElementById("purpose").select("em").eachText()).containsExactly("receive");
    assertThat(text(index, "scope"))
        .contains("receipt of shipments")
        .contains("Not included clinical administration");
    assertThat(text(index, "audience"))
        .contains("Newly hired technicians")
        .contains("Entry level")
        .contains("Site GMP orientation");
    assertThat(text(index, "outcomes"))
        .contains("Perform receipt checks on a shipment without critical errors");
    assertThat(text(index, "delivery"))
        .contains("Blended: online and in person")
        .contains("A current web browser");
    assertThat(text(index, "completion"))
        .contains("Complete all 2 modules.")
        .contains("Pass the final exam.")
        .contains("a score of at least 80%")
        .contains("up to 3 times, with at least 7 days between attempts");
    assertThat(text(index, "credits")).contains("1.5 contact hours").contains("0.2 CEU (IACET)");
    assertThat(text(index, "certificate"))
        .contains("Valid for: 3 years")
        .contains("This certificate is not a licence.")
        .contains("accredited by ANAB under ASTM E2659-18");
    assertThat(text(index, "disclosure"))
        .contains("None of the authors has a relevant financial relationship.");
    assertThat(index.select("#policies a").eachText())
        .containsExactly(
            "Fees, cancellations and refunds (external site)",
            "Accommodations for disabilities (external site)",
            "Complaints and appeals (external site)",
            "Advisory group",
            "Use of AI and automation");
    assertThat(index.select("#policies a").eachAttr("href"))
        .contains("policies/advisory-group.html", "policies/automation.pdf");
    assertThat(index.select("#contact a").eachAttr("href"))
        .containsExactly("https://example.org/appeals", "https://example.org/accommodations");
  }

  @Test
  void listsModulesInDeliveryOrderWithDurationsAndAStartLink() throws Exception {
    Document index = build(new SiteFixture(course));
    assertThat(index.select("#modules ol a").eachAttr("href"))
        .containsExactly("modules/m02-second.html", "modules/m01-first.html");
    assertThat(index.select("#modules .module-duration").eachText())
        .containsExactly("1 hour 5 minutes", "25 minutes");
    assertThat(index.select(".hero a.button").eachAttr("href"))
        .containsExactly("modules/m02-second.html");
    assertThat(index.selectFirst("#glance").text()).contains("Instruction time 1 hour 30 minutes");
  }

  @Test
  void inPersonAssessmentLifetimeTermAndNoInactiveAccreditation() throws Exception {
    SiteFixture fixture = new SiteFixture(course);
    fixture.write(
        "program.yml",
        SiteFixture.PROGRAM
            .replace("term: P3Y", "term: lifetime")
            .replace("status: active", "status: suspended"));
    fixture.write(
        "assessments/final-exam.yml",
        """
        id: final-exam
        use: summative
        delivery: { time_limit_minutes: 90, mode: in-person }
        pool: { include: ["items/secure/**"], draw: 10 }
        blueprint:
          - { objective: PO-1, weight: 100, min_items: 2 }
        """);
    Document index = build(fixture);
    Element requirement = index.select("#completion li").get(1);
    assertThat(requirement.text())
        .startsWith("Pass the final exam.")
        .contains("Taken in person")
        .contains("Time limit: 1 hour 30 minutes.");
    assertThat(text(index, "certificate")).contains("Lifetime (the certificate does not expire)");
    assertThat(index.getElementById("accreditation")).isNull();
    assertThat(index.text()).doesNotContain("accredited by");
  }

  @Test
  void courseWithoutProgramStillGetsASite() throws Exception {
    SiteFixture fixture = new SiteFixture(course);
    Files.delete(course.resolve("program.yml"));
    fixture.module("m01-first", "Receiving", 25, "Text.\n");
    Path site = output.resolve("site");
    SiteResult result = fixture.build(site);
    assertThat(result.published()).isTrue();
    Document index = page(site, "index.html");
    assertThat(index.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(index.select("h1").eachText()).containsExactly("Course");
    assertThat(index.select("#modules ol a").eachAttr("href"))
        .containsExactly("modules/m01-first.html");
    assertThat(page(site, "modules/m01-first.html").select("h1").eachText())
        .containsExactly("Receiving");
  }

  private Document build(SiteFixture fixture) throws Exception {
    fixture
        .write(
            "program.yml",
            Files.readString(course.resolve("program.yml"))
                .replace("modules: [m01-first, m02-second]", "modules: [m02-second, m01-first]"))
        .write("policies/advisory-group.md", "# Advisory group\n\nSeven members.\n")
        .write("policies/automation.pdf", "%PDF-1.4")
        .module("m01-first", "Receiving", 25, "Text.\n")
        .module("m02-second", "Storing", 65, "Text.\n");
    Path site = output.resolve("site");
    fixture.build(site);
    return page(site, "index.html");
  }

  private static String text(Document doc, String id) {
    Element section = doc.getElementById(id);
    assertThat(section).as("#" + id).isNotNull();
    return section.text();
  }
}
