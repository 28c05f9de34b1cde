package org.coursekit.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * A rendered page compared with its previous rendering, block by block (headings, paragraphs, list
 * items, table cells), as a reviewer who does not read Markdown sees it: unchanged blocks keep
 * their formatting, removed blocks are wrapped in {@code <del>}, new ones in {@code <ins>}, and a
 * reworded block shows the words that changed. Unchanged blocks far from any change are left out.
 */
public final class PageDiff {

  /** The elements that hold the text of a page. */
  private static final String BLOCKS =
      "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, figcaption, caption, pre, legend, summary";

  /** What a page shows besides its content: navigation, tooltips, scripts. */
  private static final String CHROME =
      "nav, script, style, template, noscript, .term-tip, .skip-link, [hidden]";

  /** Below this share of common words a changed block is shown as removed and added. */
  private static final double REWORDED = 0.3;

  /** Unchanged blocks shown before and after each change. */
  private static final int CONTEXT = 1;

  /**
   * A block of a page.
   *
   * @param tag the element's name ({@code h2}, {@code p}, {@code li} …)
   * @param text its text, whitespace collapsed
   * @param html its content with links, attributes and scripts removed
   */
  record Block(String tag, String text, String html) {}

  /**
   * The comparison of one page.
   *
   * @param deleted blocks removed or reworded
   * @param inserted blocks added or reworded
   * @param html the marked-up page, ready to place in a report
   */
  public record Result(int deleted, int inserted, String html) {
    public boolean changed() {
      return deleted > 0 || inserted > 0;
    }
  }

  private PageDiff() {}

  /**
   * Compares two renderings of a page; {@code before} or {@code after} is null when the page did
   * not exist then.
   *
   * @param headingLevel the report's heading level above the page: the page's own {@code h1} is
   *     shown one below it, so the report's outline stays intact
   */
  public static Result compare(String before, String after, int headingLevel) {
    List<Block> old = blocks(before);
    List<Block> now = blocks(after);
    List<Row> rows = new ArrayList<>();
    int nextOld = 0;
    int nextNew = 0;
    for (AbstractDelta<Block> delta : DiffUtils.diff(old, now, PageDiff::same).getDeltas()) {
      int sourceStart = delta.getSource().getPosition();
      for (int i = nextOld; i < sourceStart; i++) {
        rows.add(new Row(old.get(i), now.get(nextNew + i - nextOld)));
      }
      pair(delta.getSource().getLines(), delta.getTarget().getLines(), rows);
      nextOld = sourceStart + delta.getSource().size();
      nextNew = delta.getTarget().getPosition() + delta.getTarget().size();
    }
    for (int i = nextOld; i < old.size(); i++) {
      rows.add(new Row(old.get(i), now.get(nextNew + i - nextOld)));
    }
    return render(rows, headingLevel);
  }

  /** Removed and added blocks at one place: blocks of the same kind side by side are rewordings. */
  private static void pair(List<Block> removed, List<Block> added, List<Row> rows) {
    int common = Math.min(removed.size(), added.size());
    List<Row> tail = new ArrayList<>();
    for (int i = 0; i < common; i++) {
      Block a = removed.get(i);
      Block b = added.get(i);
      if (a.tag().equals(b.tag()) && WordDiff.of(a.text(), b.text()).similarity() >= REWORDED) {
        rows.add(new Row(a, b));
      } else {
        rows.add(new Row(a, null));
        tail.add(new Row(null, b));
      }
    }
    rows.addAll(tail);
    removed.subList(common, removed.size()).forEach(b -> rows.add(new Row(b, null)));
    added.subList(common, added.size()).forEach(b -> rows.add(new Row(null, b)));
  }

  private static boolean same(Block a, Block b) {
    return a.tag().equals(b.tag()) && a.text().equals(b.text());
  }

  /** The text blocks of a rendered page's main content, in document order. */
  static List<Block> blocks(String page) {
    List<Block> blocks = new ArrayList<>();
    if (page == null) {
      return blocks;
    }
    Document document = Jsoup.parse(page);
    Element main = Objects.requireNonNullElse(document.selectFirst("main"), document.body());
    main.select(CHROME).remove();
    main.select("a").unwrap();
    for (Element image : main.select("img")) {
      String alt = image.attr("alt").strip();
      if (alt.isEmpty()) {
        image.remove(); // decorative
      } else {
        image.replaceWith(new TextNode("[image: " + alt + "]"));
      }
    }
    for (Element block : main.select(BLOCKS)) {
      if (block.select(BLOCKS).size() > 1) {
        continue; // its text is in the blocks inside it
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        String html = Jsoup.clean(block.html(), Safelist.basic().removeTags("a"));
        blocks.add(new Block(block.normalName(), text, html));
      }
    }
    return blocks;
  }

  /** One line of the comparison: the block before (null when new) and after (null when gone). */
  private record Row(Block before, Block after) {
    boolean equal() {
      return before != null && after != null && before.text().equals(after.text());
    }
  }

  private static Result render(List<Row> rows, int headingLevel) {
    boolean[] shown = new boolean[rows.size()];
    int deleted = 0;
    int inserted = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.equal()) {
        continue;
      }
      deleted += row.before() == null ? 0 : 1;
      inserted += row.after() == null ? 0 : 1;
      for (int j = Math.max(0, i - CONTEXT); j <= Math.min(rows.size() - 1, i + CONTEXT); j++) {
        shown[j] = true;
      }
    }
    StringBuilder html = new StringBuilder();
    int skipped = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (!shown[i]) {
        skipped++;
        continue;
      }
      if (skipped > 0) {
        html.append(elided(skipped));
        skipped = 0;
      }
      html.append(row(rows.get(i), headingLevel)).append('\n');
    }
    if (skipped > 0 && html.length() > 0) {
      html.append(elided(skipped));
    }
    return new Result(deleted, inserted, html.toString());
  }

  private static String elided(int blocks) {
    return "<p class=\"elided\">… "
        + blocks
        + (blocks == 1 ? " unchanged paragraph" : " unchanged paragraphs")
        + " …</p>\n";
  }

  private static String row(Row row, int headingLevel) {
    if (row.equal()) {
      return element(row.after(), row.after().html(), headingLevel);
    }
    if (row.before() == null) {
      return "<ins class=\"block\">"
          + element(row.after(), row.after().html(), headingLevel)
          + "</ins>";
    }
    if (row.after() == null) {
      return "<del class=\"block\">"
          + element(row.before(), row.before().html(), headingLevel)
          + "</del>";
    }
    return element(
        row.after(),
        DiffMarkup.html(WordDiff.of(row.before().text(), row.after().text())),
        headingLevel);
  }

  /** A block as report HTML: headings one level below the report's, everything else a paragraph. */
  private static String element(Block block, String content, int headingLevel) {
    String tag = block.tag();
    if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
      int level = Math.min(6, headingLevel + (tag.charAt(1) - '0'));
      return "<h" + level + ">" + content + "</h" + level + ">";
    }
    if (tag.equals("pre")) {
      return "<pre>" + content + "</pre>";
    }
    String kind =
        switch (tag) {
          case "li" -> " class=\"item\"";
          case "td", "th", "dt", "dd" -> " class=\"cell\"";
          default -> "";
        };
    return "<p" + kind + ">" + content + "</p>";
  }
}
