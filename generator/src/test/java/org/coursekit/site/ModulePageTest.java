package org.coursekit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.site.SiteFixture.page;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Module pages: structure, navigation and the Markdown features authors use. */
class ModulePageTest {

  @TempDir static Path course;
  @TempDir static Path output;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    SiteFixture fixture = new SiteFixture(course);
    fixture
        .module(
            "m01-first",
            "Receiving a shipment",
            50,
            """
            # Receiving a shipment

            Intro text with a footnote.[^law]

            ## Check the shipper
            <!-- supports: LO-m01-first -->

            > [!WARNING]
            > Never open the canister.

            > [!tip]
            > Work in pairs.

            > An ordinary quote.

            - [ ] Record the time
            - [x] Check the seal

            | Part | Check |
            |---|---|
            | Seal | Intact |

            Read [the next module](m02-second.md#store-it) and ~~old advice~~.

            <!-- TODO: ask QA -->

            [^law]: 21 CFR 1271.265.
            """)
        .module(
            "m02-second",
            "Storing a product",
            40,
            """
            # Storing a product

            ## Store it

            Back to [receipt](m01-first.md).
            """);
    site = output.resolve("site");
    fixture.build(site);
  }

  @Test
  void objectivesComeFirstUnderTheTitle() throws Exception {
    Document doc = page(site, "modules/m01-first.html");
    Element objectives = doc.getElementById("objectives");
    assertThat(objectives).isNotNull();
    assertThat(objectives.selectFirst("h2").text()).isEqualTo("In this module you will learn to");
    assertThat(objectives.select("li").eachText())
        .containsExactly("Verify the labels of m01-first against the order record");
    Element main = doc.selectFirst("main");
    assertThat(main.getAllElements().indexOf(objectives))
        .isLessThan(main.getAllElements().indexOf(doc.getElementById("check-the-shipper")));
  }

  @Test
  void pageHasOneH1LandmarksSkipLinkAndLanguage() throws Exception {
    Document doc = page(site, "modules/m01-first.html");
    assertThat(doc.select("h1").eachText()).containsExactly("Receiving a shipment");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    assertThat(doc.select("header, nav, main, footer")).hasSizeGreaterThanOrEqualTo(4);
    Element skip = doc.selectFirst("body > a.skip-link");
    assertThat(skip.attr("href")).isEqualTo("#" + doc.selectFirst("main").id());
    assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(doc.selectFirst("meta[name=viewport]")).isNotNull();
    assertThat(doc.title()).isEqualTo("Receiving a shipment – Fixture Course");
    assertThat(doc.selectFirst(".meta").text()).contains("50 minutes");
  }

  @Test
  void moduleListFollowsDeliveryOrderAndMarksTheCurrentPage() throws Exception {
    Document doc = page(site, "modules/m02-second.html");
    assertThat(doc.select(".course-nav a").eachAttr("href"))
        .containsExactly("../modules/m01-first.html", "../modules/m02-second.html");
    assertThat(doc.select(".course-nav a[aria-current=page]").eachText())
        .containsExactly("Storing a product 40 minutes");
    assertThat(doc.select(".pager a[rel=prev]").eachAttr("href"))
        .containsExactly("../modules/m01-first.html");
    assertThat(doc.select(".pager a[rel=next]")).isEmpty();
    Document first = page(site, "modules/m01-first.html");
    assertThat(first.select(".pager a[rel=next]").eachAttr("href"))
        .containsExactly("../modules/m02-second.html");
  }

  @Test
  void githubAlertsBecomeTitledNotes() throws Exception {
    Document doc = page(site, "modules/m01-first.html");
    Element warning = doc.selectFirst(".module-body div.alert.alert-warning");
    assertThat(warning.attr("role")).isEqualTo("note");
    assertThat(warning.selectFirst(".alert-title").text()).isEqualTo("Warning");
    assertThat(warning.text()).isEqualTo("Warning Never open the canister.");
    assertThat(doc.selectFirst(".alert-tip .alert-title").text()).isEqualTo("Tip");
    assertThat(doc.select(".module-body blockquote").eachText())
        .containsExactly("An ordinary quote.");
    assertThat(doc.text()).doesNotContain("[!WARNING]").doesNotContain("[!tip]");
  }

  @Test
  void taskListCheckboxesAreDisabledAndLabelled() throws Exception {
    Document doc = page(site, "modules/m01-first.html");
    var boxes = doc.select(".module-body li.task-list-item input[type=checkbox]");
    assertThat(boxes).hasSize(2);
    assertThat(boxes).allSatisfy(box -> assertThat(box.hasAttr("disabled")).isTrue());
    assertThat(boxes.get(1).hasAttr("checked")).isTrue();
    assertThat(boxes.get(0).parent().nameIs("label")).isTrue();
    assertThat(boxes.get(0).parent().text()).isEqualTo("Record the time");
  }

  @Test
  void footnotesTablesAndStrikethroughRender() throws Exception {
    Document doc = page(site, "modules/m01-first.html");
    Element ref = doc.selectFirst(".module-body sup.footnote-ref a");
    assertThat(doc.getElementById(ref.attr("href").substring(1)).text())
        .contains("21 CFR 1271.265");
    Element region = doc.selectFirst(".module-body .table-scroll");
    assertThat(region.attr("tabindex")).isEqualTo("0");
    assertThat(region.attr("aria-label")).isEqualTo("Table: Part, Check");
    assertThat(region.select("th").eachText()).containsExactly("Part", "Check");
    assertThat(doc.select(".module-body del").eachText()).containsExactly("old advice");
  }

  @Test
  void linksToModuleFilesPointAtTheirPages() throws Exception {
    assertThat(
            page(site, "modules/m01-first.html")
                .select(".module-body a[href^=m02]")
                .eachAttr("href"))
        .containsExactly("m02-second.html#store-it");
    assertThat(page(site, "modules/m02-second.html").select(".module-body p a").eachAttr("href"))
        .containsExactly("m01-first.html");
    assertThat(page(site, "modules/m02-second.html").getElementById("store-it")).isNotNull();
  }

  @Test
  void authorCommentsAreNotPublished() throws Exception {
    String html = Files.readString(site.resolve("modules/m01-first.html"));
    assertThat(html).doesNotContain("supports:").doesNotContain("TODO").doesNotContain("<!--");
  }

  @Test
  void disclosureIsShownBeforeTheFirstModuleOnly() throws Exception {
    Document first = page(site, "modules/m01-first.html");
    Element disclosure = first.selectFirst("main .disclosure");
    assertThat(disclosure.text())
        .contains("None of the authors has a relevant financial relationship.");
    assertThat(disclosure.select("strong").eachText()).containsExactly("relevant");
    Element main = first.selectFirst("main");
    assertThat(main.getAllElements().indexOf(disclosure))
        .isLessThan(main.getAllElements().indexOf(first.selectFirst(".module-body")));
    assertThat(page(site, "modules/m02-second.html").select(".disclosure")).isEmpty();
  }
}
