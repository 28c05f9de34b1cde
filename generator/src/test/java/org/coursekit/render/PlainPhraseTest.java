package org.coursekit.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain one-line phrases (most quiz options and stems) skip the Markdown parse; their HTML must be
 * exactly what the full rendering gives, and text with any Markdown must still be rendered.
 */
class PlainPhraseTest {

  private final MarkdownRenderer markdown = new MarkdownRenderer();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The shared checklist",
        "Which control is most useful when you verify the checklist?",
        "Start the thaw; it will simply take a little longer at 33 °C.",
        "Record the \"approved\" value (in %), then sign off.",
        "Café au lait - naïve / résumé, 2.5 mg",
        "It's the chain-of-identity number",
        "A. Smith checks it",
        "Go to www.example.org first",
        "See https://example.org",
        "Use *this* one",
        "Use `code` here",
        "Tom & Jerry <b>bold</b>",
        "1. Not a list in a phrase",
        "- Not a list either",
        "Two  spaces",
        "Trailing space ",
      })
  void givesTheHtmlOfTheFullRendering(String text) {
    String full = markdown.render(text, MarkdownOptions.fragment(3)).html();
    Element body = HtmlFragments.parse(full);
    boolean oneParagraph =
        body.childrenSize() == 1
            && body.child(0).nameIs("p")
            && body.textNodes().stream().allMatch(TextNode::isBlank);

    MarkdownRenderer.Phrase phrase = markdown.renderPhrase(text);

    assertThat(phrase.html())
        .isEqualTo(oneParagraph ? HtmlFragments.serialize(body.child(0)) : full);
    assertThat(markdown.plainText(text)).isEqualTo(body.text());
  }
}
