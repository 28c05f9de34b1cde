package org.coursekit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private Element render(String markdown) {
    return HtmlFragments.parse(renderer.render(markdown, MarkdownOptions.fragment(1)).html());
  }

  @ParameterizedTest
  @CsvSource({"NOTE,Note", "TIP,Tip", "IMPORTANT,Important", "WARNING,Warning", "caution,Caution"})
  void everyGithubAlertKindGetsItsClassAndTitle(String marker, String title) {
    Element alert = render("> [!" + marker + "]\n> Mind the *gap*.\n").selectFirst("div.alert");
    assertThat(alert.classNames()).containsExactly("alert", "alert-" + title.toLowerCase());
    assertThat(alert.attr("role")).isEqualTo("note");
    assertThat(alert.selectFirst("p.alert-title").text()).isEqualTo(title);
    assertThat(alert.select("p").last().html()).isEqualTo("Mind the <em>gap</em>.");
  }

  @Test
  void alertKeepsBlockContentAfterTheMarker() {
    Element alert = render("> [!NOTE]\n>\n> - one\n> - two\n").selectFirst("div.alert-note");
    assertThat(alert.select("li").eachText()).containsExactly("one", "two");
    assertThat(alert.text()).doesNotContain("[!NOTE]");
  }

  @Test
  void quotesThatAreNotAlertsStayQuotes() {
    Element body = render("> [!NOTE] text on the marker line\n\n> [!UNKNOWN]\n> x\n\n> plain\n");
    assertThat(body.select("div.alert")).isEmpty();
    assertThat(body.select("blockquote")).hasSize(3);
  }

  @ParameterizedTest
  @CsvSource({
    "m02-storage.md, m02-storage.html",
    "m02-storage.md#first-air, m02-storage.html#first-air",
    "../policies/appeals.md?v=2#top, ../policies/appeals.html?v=2#top",
    "./NOTES.MD, ./NOTES.html",
    "https://example.org/readme.md, https://example.org/readme.md",
    "/docs/readme.md, /docs/readme.md",
    "#section.md, #section.md",
    "notes.mdx, notes.mdx",
    "image.png, image.png"
  })
  void linksToMarkdownFilesPointAtTheirPages(String written, String published) {
    assertThat(MarkdownRenderer.htmlLink(written)).isEqualTo(published);
    assertThat(render("[x](" + written + ")").selectFirst("a").attr("href")).isEqualTo(published);
  }

  @Test
  void pageTitleIsTakenOutAndHeadingsStartAtTheRequestedLevel() {
    RenderedMarkdown page =
        renderer.render(
            "<!-- intro -->\n# Title\n\nText\n\n# Part\n\n## Sub\n",
            MarkdownOptions.page(QuizSlots.NONE));
    assertThat(page.title()).isEqualTo("Title");
    Element body = HtmlFragments.parse(page.html());
    assertThat(body.select("h1")).isEmpty();
    assertThat(body.select("h2").eachText()).containsExactly("Part");
    assertThat(body.select("h3").eachText()).containsExactly("Sub");

    Element fragment = render("# Big\n\n### Small\n");
    assertThat(fragment.select("h2").eachText()).containsExactly("Big");
    assertThat(fragment.select("h4").eachText()).containsExactly("Small");
  }

  @Test
  void headingIdsAreStableAndKeepClearOfTemplateIds() {
    Element body = render("## Objectives\n\n## Check the shipper\n\n## ck-main\n");
    assertThat(body.select("h2").eachAttr("id"))
        .containsExactly("objectives-section", "check-the-shipper", "h-ck-main");
  }

  @Test
  void quizBlocksAreReplacedInOrderAndOtherCodeIsKept() {
    List<String> calls = new ArrayList<>();
    QuizSlots slots =
        (ordinal, first, last) -> {
          calls.add(ordinal + ":" + first + "-" + last);
          return ordinal == 0 ? "<form class=\"quiz\">Q</form>" : "";
        };
    String markdown =
        "Intro\n\n```quiz\nref: Q-1\n```\n\n```yaml\nkey: value\n```\n\n```quiz\nid: Q-2\n```\n";
    Element body =
        HtmlFragments.parse(renderer.render(markdown, MarkdownOptions.page(slots)).html());
    assertThat(calls).containsExactly("0:2-4", "1:10-12");
    assertThat(body.select("form.quiz").eachText()).containsExactly("Q");
    assertThat(body.select("pre code").eachText()).containsExactly("key: value");
    assertThat(body.text()).doesNotContain("Q-1").doesNotContain("Q-2");
  }

  @Test
  void commentsAreRemovedEverywhere() {
    String html =
        renderer
            .render(
                "## A\n<!-- supports: LO-1, LO-2 -->\n\nText <!-- inline note --> here.\n",
                MarkdownOptions.fragment(1))
            .html();
    assertThat(html).doesNotContain("<!--").doesNotContain("supports").doesNotContain("note");
  }

  @Test
  void imagesWithoutAltAreReportedWithTheirPosition() {
    RenderedMarkdown rendered =
        renderer.render(
            "Text\n\n![](a.png \"decorative\") ![ok](b.png)\n\nSee ![](c.png).\n",
            MarkdownOptions.fragment(1));
    assertThat(rendered.imagesWithoutAlt())
        .containsExactly(new RenderedMarkdown.MissingAlt("c.png", 5, 5));
    Element body = HtmlFragments.parse(rendered.html());
    assertThat(body.selectFirst("img[src=a.png]").attributes().asList())
        .extracting(attribute -> attribute.getKey())
        .containsExactly("src", "alt");
  }

  @Test
  void shortTextsLoseTheirParagraphOnlyWhenTheyAreOneParagraph() {
    MarkdownRenderer.Phrase one = renderer.renderPhrase("Pick the **right** one.");
    assertThat(one.phrasing()).isTrue();
    assertThat(one.html()).isEqualTo("Pick the <strong>right</strong> one.");
    MarkdownRenderer.Phrase two = renderer.renderPhrase("First.\n\n```\ncode\n```\n");
    assertThat(two.phrasing()).isFalse();
    assertThat(two.html()).contains("<p>First.</p>").contains("<pre>");
  }
}
