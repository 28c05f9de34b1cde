package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverageMarkdownTest {

  @Test
  void courseTextCannotBreakATableOrInjectHtml() {
    assertThat(CoverageMarkdown.escape("a | b <script>alert(1)</script> & c\\d\ne\u0007"))
        .isEqualTo("a \\| b &lt;script&gt;alert(1)&lt;/script&gt; &amp; c\\\\d e\uFFFD");
  }

  @Test
  void backticksStaySoIdsShowAsCode() {
    assertThat(CoverageMarkdown.escape("Did you mean `PO-1`?")).isEqualTo("Did you mean `PO-1`?");
  }
}
