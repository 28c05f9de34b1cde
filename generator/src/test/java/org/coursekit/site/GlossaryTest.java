package org.coursekit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.site.SiteFixture.page;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary page and the glossary links in module bodies. */
class GlossaryTest {

  @TempDir static Path course;
  @TempDir static Path output;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    SiteFixture fixture = new SiteFixture(course);
    fixture
        .write(
            "glossary.yml",
            """
            - term: Chain of identity
              abbreviation: COI
              definition: The unbroken link between a patient and *their* product.
            - term: Dry shipper
              definition: A dewar that holds liquid nitrogen in an absorbent lining.
            - term: Chain
              definition: A sequence of linked records.
            """)
        .module(
            "m01-first",
            "Receiving",
            30,
            """
            # Receiving

            ## Chain of identity in practice

            A `dry shipper` in code is not a term, and neither is [a dry shipper](https://example.org).

            Check the chain of identity on the label. The CHAIN OF IDENTITY matters twice.
            The coi in lower case is no abbreviation; the COI is. Ask about the COI again.
            A dry-shipper arrives. Dry shippers are plural. The chain holds.
            """)
        .module("m02-second", "Storing", 30, "Nothing about terms here.\n");
    site = output.resolve("site");
    fixture.build(site);
  }

  @Test
  void glossaryPageListsTermsAlphabeticallyWithStableIds() throws Exception {
    Document glossary = page(site, "glossary.html");
    assertThat(glossary.select("dl.glossary > dt").eachAttr("id"))
        .containsExactly("term-chain", "term-chain-of-identity", "term-dry-shipper");
    Element coi = glossary.getElementById("term-chain-of-identity");
    assertThat(coi.selectFirst("abbr").attr("title")).isEqualTo("Chain of identity");
    assertThat(coi.nextElementSibling().select("em").eachText()).containsExactly("their");
    assertThat(glossary.select("#abbreviations dd a").eachAttr("href"))
        .containsExactly("#term-chain-of-identity");
    assertThat(glossary.select("h1").eachText()).containsExactly("Glossary");
  }

  @Test
  void firstUseOfATermInBodyTextLinksToItsEntry() throws Exception {
    Elements links = body().select("a.term[href$='#term-chain-of-identity']:not(:has(abbr))");
    assertThat(links).hasSize(1);
    assertThat(links.first().text()).isEqualTo("chain of identity");
    assertThat(links.first().attr("href")).isEqualTo("../glossary.html#term-chain-of-identity");
    assertThat(body().select("a.term").eachText()).doesNotContain("CHAIN OF IDENTITY");
  }

  @Test
  void headingsCodeAndLinksAreLeftAlone() throws Exception {
    Element body = body();
    assertThat(body.select("h2 a.term, code a.term, a a.term")).isEmpty();
    Element shipper = body.selectFirst("a.term[href$='#term-dry-shipper']");
    assertThat(shipper.text()).isEqualTo("dry-shipper");
  }

  @Test
  void longerTermsWinAndWholeWordsOnly() throws Exception {
    Element chain = body().selectFirst("a.term[href$='#term-chain']");
    assertThat(chain.text()).isEqualTo("chain");
    assertThat(((TextNode) chain.parent().previousSibling()).text()).endsWith("The ");
    assertThat(body().select("a.term").eachText()).doesNotContain("Dry shippers");
  }

  @Test
  void abbreviationsMatchCaseSensitivelyAndAreExpanded() throws Exception {
    Elements abbreviations = body().select("a.term abbr");
    assertThat(abbreviations).hasSize(1);
    assertThat(abbreviations.first().text()).isEqualTo("COI");
    assertThat(abbreviations.first().attr("title")).isEqualTo("Chain of identity");
  }

  @Test
  void definitionIsATooltipTheLinkDescribes() throws Exception {
    Element body = body();
    Element link = body.selectFirst("a.term[href$='#term-chain-of-identity']");
    Element tip = body.getElementById(link.attr("aria-describedby"));
    assertThat(tip.attr("role")).isEqualTo("tooltip");
    assertThat(tip.text())
        .isEqualTo(
            "Chain of identity (COI) The unbroken link between a patient and their product.");
    assertThat(tip.parent()).isSameAs(link.parent());
  }

  @Test
  void pagesWithoutTermsAreUnchanged() throws Exception {
    assertThat(page(site, "modules/m02-second.html").select(".module-body a.term")).isEmpty();
    assertThat(page(site, "modules/m02-second.html").select("a[href=../glossary.html]")).hasSize(1);
  }

  private static Element body() throws Exception {
    return page(site, "modules/m01-first.html").selectFirst(".module-body");
  }
}
