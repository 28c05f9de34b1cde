package org.coursekit.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.junit.jupiter.api.Test;

class BaselineTest {

  private static Finding error(String rule, String file, int line, String message) {
    return Finding.error(rule, new SourceRef(file, line, 1), message);
  }

  @Test
  void countsEachFingerprintIgnoringPositionAndSeverity() {
    Baseline baseline =
        Baseline.of(
            List.of(
                error("LO-001", "modules/m02.md", 9, "No verb"),
                error("LO-001", "modules/m02.md", 30, "No verb"),
                error("GEN-001", "modules/m01.md", 4, "Unresolved `PO-2`"),
                error("LO-001", "modules/m01.md", 4, "No verb")
                    .withSeverity(org.coursekit.diag.Severity.WARNING)));

    assertThat(baseline.counts())
        .containsExactly(
            Map.entry(new Fingerprint("GEN-001", "modules/m01.md", "Unresolved `PO-2`"), 1),
            Map.entry(new Fingerprint("LO-001", "modules/m01.md", "No verb"), 1),
            Map.entry(new Fingerprint("LO-001", "modules/m02.md", "No verb"), 2));
    assertThat(baseline.size()).isEqualTo(4);
  }

  @Test
  void matchesRecordedFindingsAfterTheirLinesMoved() {
    Baseline baseline = Baseline.of(List.of(error("LO-001", "modules/m01.md", 9, "No verb")));

    Baseline.Match match =
        baseline.match(List.of(error("LO-001", "modules/m01.md", 14, "No verb")));

    assertThat(match.baselined()).containsExactly(error("LO-001", "modules/m01.md", 14, "No verb"));
    assertThat(match.open()).isEmpty();
    assertThat(match.unmatched()).isEmpty();
  }

  @Test
  void aRecordedCountExcusesThatManyOccurrencesOnlyTheFirstInPositionOrder() {
    Finding first = error("LO-001", "modules/m01.md", 3, "No verb");
    Finding second = error("LO-001", "modules/m01.md", 8, "No verb");
    Baseline baseline = Baseline.of(List.of(first));

    Baseline.Match match = baseline.match(List.of(second, first));

    assertThat(match.baselined()).containsExactly(first);
    assertThat(match.open()).containsExactly(second);
  }

  @Test
  void recordedFindingsThatNoLongerOccurAreUnmatched() {
    Baseline baseline =
        Baseline.of(
            List.of(
                error("LO-001", "modules/m01.md", 3, "No verb"),
                error("LO-001", "modules/m01.md", 8, "No verb"),
                error("GEN-001", "modules/m01.md", 2, "Unresolved")));
    Finding newOne = error("LO-004", "modules/m01.md", 5, "Vague");

    Baseline.Match match =
        baseline.match(List.of(error("LO-001", "modules/m01.md", 3, "No verb"), newOne));

    assertThat(match.open()).containsExactly(newOne);
    assertThat(match.unmatched())
        .containsExactly(
            Map.entry(new Fingerprint("GEN-001", "modules/m01.md", "Unresolved"), 1),
            Map.entry(new Fingerprint("LO-001", "modules/m01.md", "No verb"), 1));
    assertThat(match.unmatchedCount()).isEqualTo(2);
  }

  @Test
  void aDifferentMessageOrFileIsADifferentFinding() {
    Baseline baseline = Baseline.of(List.of(error("LO-001", "modules/m01.md", 3, "No verb")));

    Baseline.Match match =
        baseline.match(
            List.of(
                error("LO-001", "modules/m01.md", 3, "No verb in LO-2"),
                error("LO-001", "modules/m02.md", 3, "No verb")));

    assertThat(match.baselined()).isEmpty();
    assertThat(match.open()).hasSize(2);
  }

  @Test
  void countsBelowOneAreRejected() {
    Map<Fingerprint, Integer> counts = Map.of(new Fingerprint("LO-001", "m.md", "x"), 0);

    assertThatThrownBy(() -> Baseline.ofCounts(counts))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
