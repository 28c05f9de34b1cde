package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coursekit.model.CourseModule;
import org.coursekit.model.HtmlAllowList;
import org.coursekit.render.HtmlSanitiser;
import org.coursekit.rules.CourseFixture;
import org.coursekit.rules.ExampleCourseCopy;
import org.junit.jupiter.api.Test;

/**
 * SEC-001 on module bodies. The rule judges the markup the loader collected from its one structure
 * parse; these tests hold it to a full parse of the same body, so markup the structure parse skips
 * cannot go unreported.
 */
class RawHtmlRemovedTest extends ExampleCourseCopy {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String ANCHOR = "Receipt starts before the courier does.";

  /** Markup in every place a Markdown body can hold it, each line starting with what is removed. */
  private static final String HOSTILE =
      String.join(
          "\n",
          "<div onclick=\"steal()\">A block with a handler</div>",
          "",
          "Inline <img src=x onerror=alert(1)> inside a paragraph.",
          "",
          "| Step | Note |",
          "| ---- | ---- |",
          "| one | <span onmouseover=\"x()\">cell</span> and [cell link](javascript:alert(2)) |",
          "",
          "- a list with ![an image](data:image/png;base64,AAAA)",
          "  - nested [deeper](vbscript:msgbox)",
          "",
          "> A quote with [a reference link][bad].",
          "",
          "[bad]: javascript:alert(3)",
          "",
          "### A heading with [a link](javascript:alert(4))",
          "",
          "");

  /** The same shapes, all safe: nothing may be reported. */
  private static final String SAFE =
      String.join(
          "\n",
          "<details><summary>More</summary>Hidden text</details>",
          "",
          "Inline <kbd>Ctrl</kbd> and <abbr title=\"chain of identity\">COI</abbr>.",
          "",
          "| Step | Note |",
          "| ---- | ---- |",
          "| one | [cell link](m02-chain-of-identity.md) and https://example.org/x |",
          "",
          "- a list with ![an image](m01-receipt/shipper-label.svg)",
          "  - nested [deeper](https://example.org/guide#part) and <mailto:qa@example.org>",
          "",
          "> A quote with [a reference link][good], and a colon: here.",
          "",
          "[good]: ../glossary.md",
          "",
          "### A heading with [a link](#the-receipt-inspection)",
          "",
          "");

  @Test
  void exampleCourseHasNone() {
    assertThat(course.printed("SEC-001")).isEmpty();
  }

  @Test
  void reportsEveryUnsafePieceWhereAFullParseFindsIt() {
    course.edit(M01, ANCHOR, HOSTILE + ANCHOR);
    int first = lineOf(course.read(M01), "<div onclick");

    List<String> reported = course.findings("SEC-001").stream().map(CourseFixture::at).toList();

    assertThat(reported)
        .containsExactly(
            at(first, 1),
            at(first + 2, 8),
            at(first + 6, 9),
            at(first + 6, 49),
            at(first + 8, 15),
            at(first + 9, 12),
            at(first + 11, 16),
            at(first + 15, 20));
    assertThat(reported).containsExactlyElementsOf(fullParse());
  }

  @Test
  void safeMarkupInTheSamePlacesIsNotReported() {
    course.edit(M01, ANCHOR, SAFE + ANCHOR);

    assertThat(course.printed("SEC-001")).isEmpty();
    assertThat(fullParse()).isEmpty();
  }

  /** Where a full parse of m01's body finds something to remove, as file:line:column. */
  private List<String> fullParse() {
    CourseModule module =
        course.load().modules().stream()
            .filter(m -> m.file().equals(M01))
            .findFirst()
            .orElseThrow();
    return HtmlSanitiser.of(HtmlAllowList.NONE).removalsInMarkdown(module.body()).stream()
        .map(r -> at(module.bodyLine() + r.line() - 1, r.column()))
        .toList();
  }

  private static String at(int line, int column) {
    return M01 + ":" + line + ":" + column;
  }

  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
  }
}
