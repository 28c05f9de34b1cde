package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.junit.jupiter.api.Test;

class FindingsTextTest {

  private static Finding error(String file, int line) {
    return Finding.error("GEN-001", new SourceRef(file, line, 3), "Broken reference");
  }

  private static Finding warning() {
    return Finding.warning(
        "MOD-002", new SourceRef("modules/m01.md", 4, 1), "Objective not taught");
  }

  private static Finding info() {
    return Finding.info("LO-007", new SourceRef("modules/m01.md", 9, 5), "Objective is long");
  }

  @Test
  void summaryUsesSingularForOneAndPluralOtherwise() {
    assertThat(FindingsText.summary(List.of())).isEqualTo("0 errors, 0 warnings, 0 infos");
    assertThat(FindingsText.summary(List.of(error("program.yml", 1), warning(), info())))
        .isEqualTo("1 error, 1 warning, 1 info");
    assertThat(
            FindingsText.summary(
                List.of(error("program.yml", 1), error("program.yml", 2), warning())))
        .isEqualTo("2 errors, 1 warning, 0 infos");
    assertThat(FindingsText.summary(List.of(info(), info())))
        .isEqualTo("0 errors, 0 warnings, 2 infos");
  }

  @Test
  void formatsOneSortedLinePerFindingThenTheSummary() {
    String text = FindingsText.format(List.of(info(), error("program.yml", 2), warning()));

    assertThat(text)
        .isEqualTo(
            "modules/m01.md:4:1: warning [MOD-002] Objective not taught\n"
                + "modules/m01.md:9:5: info [LO-007] Objective is long\n"
                + "program.yml:2:3: error [GEN-001] Broken reference\n"
                + "1 error, 1 warning, 1 info\n");
  }
}
