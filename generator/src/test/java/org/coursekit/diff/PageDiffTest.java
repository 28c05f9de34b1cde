package org.coursekit.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageDiffTest {

  private static final String BEFORE =
      "<html><body><nav><a href=x>Home</a></nav><main><h1>Receipt</h1>"
          + "<p>Check the <a href=\"g.html\">seal</a><span class=term-tip>tip text</span>.</p>"
          + "<p>Unchanged one.</p><p>Unchanged two.</p><p>Unchanged three.</p>"
          + "<p>Old paragraph about something else entirely.</p>"
          + "<p><img src=a.png alt=\"Shipper label\"></p></main></body></html>";

  private static final String AFTER =
      "<html><body><nav><a href=x>Home</a></nav><main><h1>Receipt</h1><p>Check the <a"
          + " href=\"g.html\">seal number</a><span class=term-tip>tip text</span>.</p><p>Unchanged"
          + " one.</p><p>Unchanged two.</p><p>Unchanged three.</p><p><img src=a.png alt=\"Shipper"
          + " label\"></p><p>Brand new closing words.</p></main></body></html>";

  @Test
  void marksRewordedRemovedAndAddedBlocksWithoutNavigationOrLinks() {
    PageDiff.Result result = PageDiff.compare(BEFORE, AFTER, 3);
    Document html = Jsoup.parseBodyFragment(result.html());

    assertThat(result.deleted()).isEqualTo(2);
    assertThat(result.inserted()).isEqualTo(2);
    assertThat(html.select("h4").eachText()).containsExactly("Receipt");
    assertThat(html.select("p ins").eachText()).contains("number");
    assertThat(html.select("del.block").eachText())
        .containsExactly("Old paragraph about something else entirely.");
    assertThat(html.select("ins.block").eachText()).containsExactly("Brand new closing words.");
    assertThat(html.text()).doesNotContain("Home", "tip text").contains("[image: Shipper label]");
    assertThat(html.select("a, img, script")).isEmpty();
    assertThat(html.select(".elided").eachText()).containsExactly("… 1 unchanged paragraph …");
  }

  @Test
  void samePagesHaveNoChange() {
    assertThat(PageDiff.compare(BEFORE, BEFORE, 3).changed()).isFalse();
  }

  @Test
  void newPageIsAllInserted() {
    PageDiff.Result result = PageDiff.compare(null, AFTER, 3);

    assertThat(result.deleted()).isZero();
    assertThat(Jsoup.parseBodyFragment(result.html()).select("ins.block")).hasSize(7);
  }
}
