package org.coursekit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.coursekit.BuildReport;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.junit.jupiter.api.Test;

class FindingPrinterTest {

  /** A Maven log that records its lines with their level. */
  private static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();
    private final boolean debug;

    RecordingLog(boolean debug) {
      this.debug = debug;
    }

    @Override
    public boolean isDebugEnabled() {
      return debug;
    }

    @Override
    public void debug(CharSequence content) {
      lines.add("[debug] " + content);
    }

    @Override
    public void info(CharSequence content) {
      lines.add("[info] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[warn] " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("[error] " + content);
    }
  }

  private static final Finding OPEN =
      Finding.warning("LO-004", new SourceRef("modules/m01.md", 3, 5), "Vague");
  private static final Finding RECORDED =
      Finding.error("GEN-001", new SourceRef("modules/m01.md", 9, 16), "Unresolved");

  @Test
  void baselinedFindingsAreCountedNotListed() {
    RecordingLog log = new RecordingLog(false);

    new FindingPrinter(log, Path.of("course"))
        .printAll(new BuildReport(List.of(OPEN), List.of(RECORDED, RECORDED), List.of()));

    assertThat(log.lines)
        .containsExactly(
            "[info] coursekit: findings in course:",
            "[warn] modules/m01.md:3:5: warning [LO-004] Vague",
            "[info] coursekit: 2 findings are recorded in the baseline and do not fail the build"
                + " (run with -X to list them)");
  }

  @Test
  void withDebugOnEachBaselinedFindingIsListedWithASuffix() {
    RecordingLog log = new RecordingLog(true);

    new FindingPrinter(log, Path.of("course"))
        .printAll(new BuildReport(List.of(), List.of(RECORDED), List.of()));

    assertThat(log.lines)
        .containsExactly(
            "[info] coursekit: 1 finding is recorded in the baseline and does not fail the build"
                + " (run with -X to list it)",
            "[debug] modules/m01.md:9:16: error [GEN-001] Unresolved (baseline)");
  }

  @Test
  void aReportWithoutBaselinedFindingsSaysNothingAboutTheBaseline() {
    RecordingLog log = new RecordingLog(false);

    new FindingPrinter(log, Path.of("course")).printAll(new BuildReport(List.of(OPEN), List.of()));

    assertThat(log.lines).noneMatch(line -> line.contains("baseline"));
  }
}
