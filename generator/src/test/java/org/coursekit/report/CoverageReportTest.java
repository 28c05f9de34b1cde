package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coursekit.load.CourseLoader;
import org.coursekit.model.Course;
import org.coursekit.report.CoverageView.BlueprintLine;
import org.coursekit.report.CoverageView.FindingGroup;
import org.coursekit.report.CoverageView.FormBlueprint;
import org.coursekit.report.CoverageView.OutcomeTrace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the coverage report works out from the fixture course, whose gaps are deliberate. */
class CoverageReportTest {

  private final CoverageView report =
      CoverageReport.of(
          ReportFixtures.course(), ReportFixtures.findings(), ReportFixtures.context());

  @Test
  void tracesOutcomesToObjectivesToItemsAndNamesTheGaps() {
    List<OutcomeTrace> outcomes = report.outcomes();

    assertThat(outcomes).extracting(OutcomeTrace::id).containsExactly("PO-1", "PO-2", "PO-3");
    OutcomeTrace po1 = outcomes.get(0);
    assertThat(po1.objectives()).extracting(o -> o.id()).containsExactly("LO-M01-1", "LO-M01-2");
    assertThat(po1.objectives().get(0).items()).containsExactly("Q-S1", "Q-S2");
    assertThat(po1.gap()).isNull();
    OutcomeTrace po2 = outcomes.get(1);
    assertThat(po2.objectives()).extracting(o -> o.id()).containsExactly("LO-M01-2", "LO-M02-1");
    assertThat(po2.objectives().get(1).gap()).isEqualTo(Traceability.NOT_ASSESSED);
    OutcomeTrace po3 = outcomes.get(2);
    assertThat(po3.objectives()).isEmpty();
    assertThat(po3.directItems()).containsExactly("Q-S4");
    assertThat(po3.gap()).isEqualTo(Traceability.NO_OBJECTIVE);
    assertThat(po3.rows()).isEqualTo(1);
    assertThat(report.unlinkedObjectives()).extracting(o -> o.id()).containsExactly("LO-M02-2");
  }

  @Test
  void comparesBlueprintWeightsWithThePool() {
    FormBlueprint form = report.forms().get(0);

    assertThat(form.id()).isEqualTo("final");
    assertThat(form.poolSize()).isEqualTo(4);
    assertThat(form.formSize()).isEqualTo(4);
    assertThat(form.totalWeight()).isEqualTo("90");
    assertThat(form.weightGap()).contains("90 %, not 100 %");
    assertThat(form.lines())
        .extracting(
            BlueprintLine::objective,
            BlueprintLine::weight,
            BlueprintLine::expected,
            BlueprintLine::items,
            BlueprintLine::share)
        .containsExactly(
            tuple("LO-M01-1", "50", "2", 2, "50"),
            tuple("LO-M01-2", "30", "1.2", 1, "25"),
            tuple("LO-M02-1", "10", "0.4", 0, "0"),
            tuple("PO-3", "", "", 1, "25"));
    assertThat(form.lines().get(0).gap()).isNull();
    assertThat(form.lines().get(1).gap()).contains("at least 2 items; the pool has 1");
    assertThat(form.lines().get(2).gap()).contains("no item");
    assertThat(form.lines().get(3).gap()).startsWith("Not in the blueprint");
  }

  @Test
  void aWeightCallsForWholeItems(@TempDir Path folder) throws IOException {
    // Five items per sitting: LO-M01-1's 50 % calls for 2.5, so 3 items; the pool has 2.
    assertThat(blueprintWithDraw(folder.resolve("five"), 5).lines().get(0).gap())
        .isEqualTo("Gap: the weight calls for about 3 items per sitting; the pool has 2.");
    // Four per sitting: 50 % calls for exactly 2, which the pool has.
    assertThat(blueprintWithDraw(folder.resolve("four"), 4).lines().get(0).gap()).isNull();
  }

  @Test
  void countsBloomLevelsPerColumn() {
    assertThat(report.bloom())
        .extracting(row -> row.level() + " " + row.objectives().count() + " " + row.items().count())
        .containsExactly(
            "Remember 1 0",
            "Understand 0 1",
            "Apply 2 1",
            "Analyze 0 1",
            "Evaluate 1 1",
            "Create 0 0");
    assertThat(report.bloom().get(2).objectives().percent()).isEqualTo(50);
  }

  @Test
  void groupsFindingsProgramFirstAndItemsWithTheirModule() {
    List<FindingGroup> groups = report.findingGroups();

    assertThat(groups)
        .extracting(FindingGroup::title)
        .containsExactly(
            "Program-wide",
            "Module m01-receipt: Receiving a shipment",
            "Module m02-storage: Storing a product");
    assertThat(groups.get(0).findings())
        .extracting(f -> f.location())
        .containsExactly("assessments/final.yml:5:5", "coursekit.yml:2:1", "program.yml:13:5");
    assertThat(groups.get(1).findings())
        .extracting(f -> f.location())
        .containsExactly(
            "items/secure/Q-S3.yml:4:13",
            "modules/m01-receipt.md:13:11",
            "modules/m01-receipt/shipper label.svg:1:1");
  }

  private static FormBlueprint blueprintWithDraw(Path course, int draw) throws IOException {
    Path source = ReportFixtures.GOLDEN.resolve("course");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.sorted().toList()) {
        Path target = course.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    Path exam = course.resolve("assessments/final.yml");
    Files.writeString(exam, Files.readString(exam).replace("draw: 4", "draw: " + draw));
    Course loaded = new CourseLoader().load(course).course();
    return CoverageReport.of(loaded, List.of(), ReportFixtures.context()).forms().get(0);
  }

  @Test
  void theVerdictSaysWhatBlocksARelease() {
    assertThat(report.summary().status()).isEqualTo("fail");
    assertThat(CoverageReport.verdict(2, 1, 0, false))
        .isEqualTo("Not ready for release: 2 errors must be fixed and 1 warning reviewed.");
    assertThat(CoverageReport.verdict(0, 3, 0, false)).startsWith("Ready for release, with 3");
    assertThat(CoverageReport.verdict(0, 3, 0, true))
        .startsWith("No errors under the draft profile")
        .contains("before a release build can pass");
    assertThat(CoverageReport.verdict(0, 0, 2, false))
        .isEqualTo(
            "Passes every check: no errors and no warnings. There are 2 notes for information.");
  }

  @Test
  void withoutAProgramOnlyTheSummaryAndFindingsRemain() {
    CoverageView missing =
        CoverageReport.of(null, ReportFixtures.findings(), ReportFixtures.context());

    assertThat(missing.hasProgram()).isFalse();
    assertThat(missing.outcomes()).isEmpty();
    assertThat(missing.summary().title()).isEqualTo("Untitled course");
    assertThat(missing.findingGroups()).hasSize(1);
    assertThat(missing.findingGroups().get(0).findings()).hasSize(7);
  }
}
