package org.coursekit.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.CourseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

  private static final Finding UNRESOLVED =
      Finding.error("GEN-001", new SourceRef("modules/m01.md", 9, 16), "Unresolved `PO-2`");
  private static final Finding VAGUE =
      Finding.warning("LO-004", new SourceRef("modules/m02.md", 4, 1), "Vague");

  private static CourseConfig naming(String file) {
    return new CourseConfig("release", List.of(), file, new SourceRef("coursekit.yml", 2, 11));
  }

  private static List<String> printed(List<Finding> findings) {
    return findings.stream().map(Finding::format).toList();
  }

  @Test
  void withoutABaselineFileEveryFindingIsOpen(@TempDir Path course) {
    BaselineSplit split =
        BaselineFile.of(course, CourseConfig.DEFAULTS).apply(List.of(UNRESOLVED, VAGUE));

    assertThat(split.open()).containsExactly(UNRESOLVED, VAGUE);
    assertThat(split.baselined()).isEmpty();
    assertThat(split.compared()).isFalse();
  }

  @Test
  void theDefaultFileIsInTheCourseFolder(@TempDir Path course) throws IOException {
    BaselineFile file = BaselineFile.of(course, CourseConfig.DEFAULTS);
    file.write(Baseline.of(List.of(UNRESOLVED)));

    assertThat(file.path()).isEqualTo(course.resolve("coursekit-baseline.json"));
    assertThat(file.apply(List.of(UNRESOLVED, VAGUE)))
        .isEqualTo(new BaselineSplit(List.of(VAGUE), List.of(UNRESOLVED), true));
  }

  @Test
  void writingReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path course) throws IOException {
    BaselineFile file = BaselineFile.of(course, naming("quality/baseline.json"));
    file.write(Baseline.of(List.of(UNRESOLVED, VAGUE)));
    file.write(Baseline.of(List.of(VAGUE)));

    assertThat(Files.readString(file.path(), StandardCharsets.UTF_8))
        .isEqualTo(BaselineJson.toJson(Baseline.of(List.of(VAGUE))));
    try (var files = Files.list(course.resolve("quality"))) {
      assertThat(files).containsExactly(course.resolve("quality/baseline.json"));
    }
  }

  @Test
  void aFixedRecordedFindingDropsOutWithOneInfoSuggestingToShrinkTheFile(@TempDir Path course)
      throws IOException {
    BaselineFile file = BaselineFile.of(course, naming("baseline.json"));
    file.write(Baseline.of(List.of(UNRESOLVED, VAGUE)));

    BaselineSplit split = file.apply(List.of(VAGUE));

    assertThat(split.baselined()).containsExactly(VAGUE);
    assertThat(printed(split.open()))
        .containsExactly(
            "baseline.json:1:1: info [FMT-004] 1 finding recorded in this baseline no longer"
                + " occurs (fixed, or its message changed), e.g. GEN-001 in modules/m01.md. Run"
                + " `mvn coursekit:baseline` to shrink the file, so that a fixed problem which"
                + " comes back fails the build again.");
  }

  @Test
  void recordedFindingsOfChecksThatDidNotRunAreNotCalledFixed(@TempDir Path course)
      throws IOException {
    Finding missingAlt =
        Finding.warning("A11Y-001", new SourceRef("modules/m01.md", 9, 1), "Image without alt.");
    BaselineFile file = BaselineFile.of(course, CourseConfig.DEFAULTS);
    file.write(Baseline.of(List.of(VAGUE, missingAlt)));

    BaselineSplit split = file.apply(List.of(VAGUE), Set.of("A11Y-001"));

    assertThat(split.baselined()).containsExactly(VAGUE);
    assertThat(split.open()).isEmpty();
    assertThat(split.compared()).isTrue();
    assertThat(file.apply(List.of(VAGUE)).open())
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("1 finding recorded in this baseline no longer occurs");
  }

  @Test
  void severalFixedFindingsAreCountedInOneInfo(@TempDir Path course) throws IOException {
    BaselineFile file = BaselineFile.of(course, CourseConfig.DEFAULTS);
    file.write(Baseline.of(List.of(UNRESOLVED, UNRESOLVED, VAGUE)));

    assertThat(printed(file.apply(List.of()).open()))
        .singleElement()
        .asString()
        .startsWith(
            "coursekit-baseline.json:1:1: info [FMT-004] 3 findings recorded in this baseline no"
                + " longer occur (fixed, or their messages changed), e.g. GEN-001 in"
                + " modules/m01.md.");
  }

  @Test
  void aMissingFileThatCoursekitYmlNamesIsAnErrorAtTheName(@TempDir Path course) {
    BaselineSplit split =
        BaselineFile.of(course, naming("old-baseline.json")).apply(List.of(VAGUE));

    assertThat(split.baselined()).isEmpty();
    assertThat(printed(split.open()))
        .containsExactly(
            "coursekit.yml:2:11: error [FMT-005] coursekit.yml names the baseline file"
                + " `old-baseline.json`, which does not exist, so no finding is excused. Run `mvn"
                + " coursekit:baseline` to record the current findings there, or remove the"
                + " `baseline` line.",
            VAGUE.format());
  }

  @Test
  void aMalformedFileIsAnErrorAtTheFaultAndExcusesNothing(@TempDir Path course) throws IOException {
    Files.writeString(
        course.resolve("coursekit-baseline.json"), "{\n  \"version\": 1,\n  \"findings\": [\n");

    BaselineSplit split = BaselineFile.of(course, CourseConfig.DEFAULTS).apply(List.of(UNRESOLVED));

    assertThat(split.baselined()).isEmpty();
    assertThat(split.open()).contains(UNRESOLVED);
    assertThat(printed(split.open()))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "coursekit-baseline.json:4:1: error [FMT-002] The baseline file cannot be"
                            + " used: it is not valid JSON (")
                    .endsWith(
                        "). No finding is excused until it is fixed. Re-create it with `mvn"
                            + " coursekit:baseline` (do not edit it by hand)."));
  }

  @Test
  void aFileOfTheWrongShapeIsAnError(@TempDir Path course) throws IOException {
    Files.writeString(course.resolve("coursekit-baseline.json"), "{\"findings\": []}\n");

    assertThat(printed(BaselineFile.of(course, CourseConfig.DEFAULTS).apply(List.of()).open()))
        .containsExactly(
            "coursekit-baseline.json:1:1: error [FMT-002] The baseline file cannot be used: it"
                + " has no `version` (this CourseKit reads version 1). No finding is excused until"
                + " it is fixed. Re-create it with `mvn coursekit:baseline` (do not edit it by"
                + " hand).");
  }

  @Test
  void aFileThatIsNotUtf8IsAnError(@TempDir Path course) throws IOException {
    Files.write(course.resolve("coursekit-baseline.json"), new byte[] {'{', (byte) 0xff, '}'});

    assertThat(printed(BaselineFile.of(course, CourseConfig.DEFAULTS).apply(List.of()).open()))
        .containsExactly(
            "coursekit-baseline.json:1:1: error [FMT-001] The baseline file is not UTF-8 text, so"
                + " no finding is excused. Re-create it with `mvn coursekit:baseline` (do not edit"
                + " it by hand).");
  }

  @Test
  void aFolderInPlaceOfTheFileIsAnErrorNotACrash(@TempDir Path course) throws IOException {
    Files.createDirectory(course.resolve("coursekit-baseline.json"));

    assertThat(printed(BaselineFile.of(course, CourseConfig.DEFAULTS).apply(List.of()).open()))
        .singleElement()
        .asString()
        .startsWith(
            "coursekit-baseline.json:1:1: error [FMT-001] The baseline file cannot be read");
  }
}
