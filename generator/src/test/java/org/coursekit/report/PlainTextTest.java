package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void replacesWhatNoReportFormatCanCarry() {
    assertThat(PlainText.clean("a\u0000b\u0007c\uD800d\r\ne\rf\tg\uD83D\uDE00"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\ne\nf\tg\uD83D\uDE00");
  }

  @Test
  void codeSpansBecomeCodeElementsAndTheRestIsEscaped() {
    assertThat(PlainText.htmlWithCode("Use `<b>` & \"quotes\" in `PO-1`, not `this"))
        .isEqualTo(
            "Use <code>&lt;b&gt;</code> &amp; &quot;quotes&quot; in <code>PO-1</code>, not"
                + " `this");
  }
}
