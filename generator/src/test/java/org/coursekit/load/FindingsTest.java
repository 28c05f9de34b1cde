package org.coursekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.load.Fixtures.in;
import static org.coursekit.load.Fixtures.positions;

import java.io.IOException;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Section;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Problems in course files become findings at the exact file, line and column. */
class FindingsTest {

  private static String message(List<Finding> findings, String at) {
    return findings.stream()
        .filter(f -> f.at().toString().equals(at))
        .map(Finding::message)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding at " + at + " in " + findings));
  }

  @Nested
  class InProgramYml {
    private final List<Finding> findings = load("broken-program").findings();

    @Test
    void reportsEveryProblemAtItsPosition() {
      assertThat(positions(findings))
          .containsExactly(
              "program.yml:2:1 FMT-004 warning",
              "program.yml:4:16 FMT-003 error",
              "program.yml:6:19 FMT-005 error",
              "program.yml:8:3 FMT-004 warning",
              "program.yml:12:13 FMT-003 error",
              "program.yml:13:12 FMT-003 error",
              "program.yml:18:15 FMT-005 error",
              "program.yml:19:3 FMT-004 warning",
              "program.yml:20:1 FMT-002 error");
    }

    @Test
    void suggestsTheKnownKeyForATypo() {
      assertThat(message(findings, "program.yml:2:1"))
          .isEqualTo(
              "Unknown key `tittle` in program.yml; CourseKit ignores it. Did you mean `title`?");
    }

    @Test
    void listsTheAllowedKeysWhenNoneIsClose() {
      assertThat(message(findings, "program.yml:8:3"))
          .startsWith("Unknown key `colour` in `design_plan`; CourseKit ignores it.")
          .endsWith(
              "The keys allowed here are `needs_analysis`, `delivery_mode`,"
                  + " `technical_requirements`, `rationale`.");
    }

    @Test
    void flagsANearMissOfAUsualPolicyName() {
      assertThat(message(findings, "program.yml:19:3")).contains("Did you mean `fees_refunds`?");
    }

    @Test
    void namesTheMissingFile() {
      assertThat(message(findings, "program.yml:6:19"))
          .contains("`docs/missing-needs-analysis.md` (the needs analysis) does not exist");
      assertThat(message(findings, "program.yml:18:15"))
          .contains("`policies/missing-automation.md` (the automation policy)");
    }

    @Test
    void explainsWrongTypesWithAnExample() {
      assertThat(message(findings, "program.yml:4:16"))
          .isEqualTo(
              "`contact_hours` must be a number, e.g. `contact_hours: 6.5`; found the text"
                  + " \"many\".");
      assertThat(message(findings, "program.yml:12:13"))
          .contains("must be a real date written as YYYY-MM-DD");
    }

    @Test
    void reportsADuplicateKeyAtTheSecondOne() {
      assertThat(message(findings, "program.yml:20:1"))
          .contains("`version` appears twice")
          .contains("first on line 3");
    }

    @Test
    void stillBuildsTheProgramFromWhatIsValid() {
      Course course = load("broken-program").course();
      assertThat(course.program().version()).isEqualTo("1.0.0");
      assertThat(course.program().contactHours()).isNull();
      // A single id where a list belongs is reported, then read as a list of one.
      assertThat(course.program().completion().passingStandard().panel())
          .extracting(r -> r.id())
          .containsExactly("sme-chen");
    }
  }

  @Nested
  class InModules {
    private final LoadResult result = load("broken-modules");
    private final List<Finding> findings = result.findings();

    @Test
    void reportsFrontMatterProblemsAtFileLines() {
      assertThat(positions(in(findings, "modules/m01-front.md")))
          .containsExactly(
              "modules/m01-front.md:5:19 FMT-003 error",
              "modules/m01-front.md:7:1 FMT-004 warning");
      assertThat(message(findings, "modules/m01-front.md:5:19"))
          .isEqualTo(
              "`duration_minutes` must be a whole number of minutes, e.g. `duration_minutes:"
                  + " 90`; found the text \"ninety\".");
      assertThat(message(findings, "modules/m01-front.md:7:1"))
          .isEqualTo(
              "Unknown key `autors` in a module's front matter; CourseKit ignores it. Did you"
                  + " mean `authors`?");
    }

    @Test
    void reportsAnIdThatDiffersFromTheFileName() {
      assertThat(positions(in(findings, "modules/m02-wrong-id.md")))
          .containsExactly("modules/m02-wrong-id.md:2:5 FMT-003 error");
      assertThat(result.course().module("m2")).isPresent();
    }

    @Test
    void reportsAMissingIdAndUsesTheFileName() {
      assertThat(positions(in(findings, "modules/m03-no-id.md")))
          .containsExactly("modules/m03-no-id.md:2:1 FMT-003 error");
      assertThat(result.course().module("m03-no-id").orElseThrow().durationMinutes()).isEqualTo(30);
    }

    @Test
    void reportsMissingAndUnterminatedFrontMatterAtLineOne() {
      assertThat(positions(in(findings, "modules/m04-no-front-matter.md")))
          .containsExactly(
              "modules/m04-no-front-matter.md:1:1 FMT-002 error",
              "modules/m04-no-front-matter.md:3:1 FMT-005 error");
      assertThat(positions(in(findings, "modules/m05-unterminated.md")))
          .containsExactly("modules/m05-unterminated.md:1:1 FMT-002 error");
      assertThat(message(findings, "modules/m05-unterminated.md:1:1")).contains("never closed");
    }

    @Test
    void keepsModulesWithBrokenFrontMatterSoTheirBodiesAreChecked() {
      assertThat(result.course().modules())
          .extracting(CourseModule::id)
          .containsExactly(
              "m01-front",
              "m2",
              "m03-no-id",
              "m04-no-front-matter",
              "m05-unterminated",
              "m06-body");
      CourseModule noFrontMatter = result.course().module("m04-no-front-matter").orElseThrow();
      assertThat(noFrontMatter.bodyLine()).isEqualTo(1);
      assertThat(noFrontMatter.sections())
          .extracting(Section::title)
          .containsExactly("A module without front matter");
    }

    @Test
    void reportsBodyProblemsAtFileLines() {
      assertThat(positions(in(findings, "modules/m06-body.md")))
          .containsExactly(
              "modules/m06-body.md:19:1 FMT-003 error",
              "modules/m06-body.md:25:1 FMT-003 error",
              "modules/m06-body.md:27:38 FMT-005 error",
              "modules/m06-body.md:33:1 FMT-004 warning",
              "modules/m06-body.md:39:7 FMT-002 error",
              "modules/m06-body.md:44:1 FMT-004 warning",
              "modules/m06-body.md:51:3 FMT-004 warning");
      assertThat(message(findings, "modules/m06-body.md:19:1"))
          .contains("`<!-- supports: LO-M01-1, LO-M01-2 -->`");
      assertThat(message(findings, "modules/m06-body.md:25:1"))
          .contains("not directly under a heading");
      assertThat(message(findings, "modules/m06-body.md:27:38")).contains("`m06-body/missing.svg`");
      assertThat(message(findings, "modules/m06-body.md:33:1")).contains("Did you mean `options`?");
      assertThat(message(findings, "modules/m06-body.md:39:7"))
          .startsWith("The YAML cannot be read here: a quoted text is never closed.")
          .contains("must end with the same quote");
    }

    @Test
    void attachesOnlyWellFormedSupportsComments() {
      assertThat(result.course().module("m06-body").orElseThrow().sections())
          .extracting(Section::title, s -> s.supports())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Body problems", List.of()),
              org.assertj.core.groups.Tuple.tuple(
                  "Well formed",
                  List.of(
                      new org.coursekit.model.Ref(
                          "LO-1", new SourceRef("modules/m06-body.md", 14, 16)),
                      new org.coursekit.model.Ref(
                          "LO-2", new SourceRef("modules/m06-body.md", 14, 23)))),
              org.assertj.core.groups.Tuple.tuple("Malformed", List.of()),
              org.assertj.core.groups.Tuple.tuple("Stray comment", List.of()));
    }

    @Test
    void keepsReadableQuizBlocksAndTheirItems() {
      CourseModule body = result.course().module("m06-body").orElseThrow();
      assertThat(body.quizzes())
          .extracting(q -> q.itemId())
          .containsExactly("Q-1", "Q-0001", "Q-3");
      assertThat(result.course().items()).extracting(i -> i.id()).containsExactly("Q-1", "Q-3");
    }
  }

  @Nested
  class InOtherFiles {
    private final LoadResult result = load("broken-files");
    private final List<Finding> findings = result.findings();

    @Test
    void reportsEveryProblemAtItsPosition() {
      assertThat(positions(findings))
          .containsExactly(
              "assessments/final.yml:2:11 FMT-003 error",
              "assessments/final.yml:4:5 FMT-003 error",
              "assessments/final.yml:5:32 FMT-003 error",
              "coursekit.yml:1:10 FMT-003 error",
              "coursekit.yml:3:11 FMT-003 error",
              "glossary.yml:3:3 FMT-003 error",
              "glossary.yml:4:3 FMT-003 error",
              "items/bad-indent.yml:4:10 FMT-002 error",
              "items/dup.yml:4:1 FMT-002 error",
              "items/dup.yml:5:1 FMT-003 error",
              "items/dup.yml:6:9 FMT-003 error",
              "items/no-id.yml:1:1 FMT-003 error",
              "items/no-id.yml:2:9 FMT-003 error",
              "items/secure/empty.yml:1:1 FMT-003 error",
              "people.yml:1:1 FMT-003 error");
    }

    @Test
    void explainsASyntaxErrorInPlainWords() {
      assertThat(message(findings, "items/bad-indent.yml:4:10"))
          .isEqualTo(
              "The YAML cannot be read here: a `: ` appears where YAML does not expect a new key."
                  + " Check the indentation (entries of one mapping line up exactly, using spaces)"
                  + " and that text containing `: ` or starting with a special character such as"
                  + " `[`, `{`, `*`, `&` or `#` is quoted, e.g. `title: \"Step 1: check the"
                  + " label\"`. (YAML parser: mapping values are not allowed here)")
          .doesNotContain("org.yaml")
          .doesNotContain("^");
    }

    @Test
    void namesTheAllowedSeverities() {
      assertThat(message(findings, "coursekit.yml:3:11"))
          .startsWith(
              "A severity must be `error`, `warning`, `info` or `off`, e.g. `LO-006: warning`;"
                  + " found the text \"warn\".");
    }

    @Test
    void reportsANonTextKey() {
      assertThat(message(findings, "items/dup.yml:5:1")).contains("keys must be text");
    }

    @Test
    void readsWhatIsValidAndLeavesOutWhatCannotBeIdentified() {
      Course course = result.course();
      assertThat(course.items()).extracting(i -> i.id()).containsExactly("dup", "no-id");
      assertThat(course.item("dup").orElseThrow().stem()).isEqualTo("First stem");
      assertThat(course.people()).isEmpty();
      assertThat(course.glossary()).extracting(g -> g.term()).containsExactly("Chain of identity");
      assertThat(course.config().profile()).isEqualTo("release");
      assertThat(course.config().rules()).extracting(r -> r.rule()).containsExactly("ASM-003");
      var exam = course.assessments().get(0);
      assertThat(exam.delivery().mode()).isEqualTo("online");
      assertThat(exam.blueprint())
          .extracting(r -> r.objective().id(), r -> r.weight())
          .containsExactly(org.assertj.core.groups.Tuple.tuple("LO-1", null));
    }
  }

  @Test
  void aMissingProgramYmlIsAnErrorAndTheRestStillLoads() {
    LoadResult result = load("no-program");
    assertThat(positions(result.findings())).containsExactly("program.yml:1:1 FMT-005 error");
    assertThat(result.findings().get(0).message())
        .contains("has no program.yml")
        .contains("outcomes");
    assertThat(result.course().program()).isNull();
    assertThat(result.course().modules()).extracting(CourseModule::id).containsExactly("m01-only");
  }

  private static LoadResult load(String fixture) {
    try {
      return new CourseLoader().load(Fixtures.course(fixture));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
