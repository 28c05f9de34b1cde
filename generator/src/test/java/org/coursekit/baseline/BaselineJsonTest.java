package org.coursekit.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.junit.jupiter.api.Test;

class BaselineJsonTest {

  private static final Baseline TWO_FILES =
      Baseline.of(
          List.of(
              Finding.warning("LO-004", new SourceRef("modules/m02.md", 4, 1), "Vague \"know\""),
              Finding.error("GEN-001", new SourceRef("modules/m01.md", 9, 16), "Unresolved"),
              Finding.error("GEN-001", new SourceRef("modules/m01.md", 12, 16), "Unresolved")));

  @Test
  void writesSortedStableJsonWithCounts() {
    assertThat(BaselineJson.toJson(TWO_FILES))
        .isEqualTo(
            """
            {
              "about": "Findings recorded by `mvn coursekit:baseline`. They are still reported, but\
             do not fail the build. Fix them over time and run the goal again to shrink this file;\
             do not edit it by hand.",
              "version": 1,
              "findings": [
                {
                  "rule": "GEN-001",
                  "file": "modules/m01.md",
                  "message": "Unresolved",
                  "count": 2
                },
                {
                  "rule": "LO-004",
                  "file": "modules/m02.md",
                  "message": "Vague \\"know\\"",
                  "count": 1
                }
              ]
            }
            """);
  }

  @Test
  void readsWhatItWrites() throws Exception {
    assertThat(BaselineJson.fromJson(BaselineJson.toJson(TWO_FILES))).isEqualTo(TWO_FILES);
    assertThat(BaselineJson.fromJson(BaselineJson.toJson(Baseline.EMPTY)))
        .isEqualTo(Baseline.EMPTY);
  }

  @Test
  void invalidJsonNamesTheLineAndColumn() {
    assertThatThrownBy(
            () -> BaselineJson.fromJson("{\n  \"version\": 1,\n  \"findings\": [ x ]\n}"))
        .isInstanceOfSatisfying(
            BaselineJson.Invalid.class,
            e -> {
              assertThat(e.getMessage()).startsWith("it is not valid JSON (Unrecognized token 'x'");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(18); // Jackson points just after the bad token
            });
  }

  @Test
  void rejectsOtherShapesWithAReason() {
    assertThatThrownBy(() -> BaselineJson.fromJson("[]"))
        .hasMessage("it must be a JSON object with a `findings` list");
    assertThatThrownBy(() -> BaselineJson.fromJson("{\"version\": 2, \"findings\": []}"))
        .hasMessage(
            "its `version` is 2, but this CourseKit reads version 1; the file may come from a"
                + " different CourseKit version");
    assertThatThrownBy(() -> BaselineJson.fromJson("{\"version\": 1}"))
        .hasMessage("it has no `findings` list");
    assertThatThrownBy(
            () ->
                BaselineJson.fromJson(
                    "{\"version\": 1, \"findings\": [{\"rule\": \"A-1\", \"file\": \"f\","
                        + " \"count\": 1}]}"))
        .hasMessage("entry 1 of `findings` has no text `message`");
    assertThatThrownBy(
            () ->
                BaselineJson.fromJson(
                    "{\"version\": 1, \"findings\": [{\"rule\": \"A-1\", \"file\": \"f\","
                        + " \"message\": \"m\", \"count\": 0}]}"))
        .hasMessage("entry 1 of `findings` has no whole `count` of 1 or more");
  }
}
