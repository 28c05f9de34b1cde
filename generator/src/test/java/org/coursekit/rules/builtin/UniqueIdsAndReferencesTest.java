package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.rules.TestCourses.assessment;
import static org.coursekit.rules.TestCourses.at;
import static org.coursekit.rules.TestCourses.course;
import static org.coursekit.rules.TestCourses.item;
import static org.coursekit.rules.TestCourses.module;
import static org.coursekit.rules.TestCourses.secureItem;

import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.rules.CourseValidator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UniqueIdsAndReferencesTest {

  private static final String UNIQUE_HINT =
      " Ids of outcomes, modules, objectives, items, assessments and people must be unique across"
          + " the program; rename one of them.";

  private static List<Finding> check(Course course) {
    return new CourseValidator(List.of(new UniqueIdsAndReferences())).validate(course);
  }

  private static List<String> formatted(Course course) {
    return check(course).stream().map(Finding::format).toList();
  }

  @Test
  void describesItself() {
    UniqueIdsAndReferences rule = new UniqueIdsAndReferences();
    assertThat(rule.id()).isEqualTo("GEN-001");
    assertThat(rule.name()).isEqualTo("Unique ids and resolvable references");
    assertThat(rule.defaultSeverity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void nearMissButValidCourseHasNoFinding() {
    // Similar ids everywhere, every kind of reference, an outcome used where objectives may be,
    // and a prerequisite diamond (m03 needs m01 directly and through m02), which is not a cycle.
    Course course =
        course()
            .outcome("PO-1")
            .outcome("PO-2")
            .person("sme-chen")
            .person("sme-cheng")
            .deliveryOrder("m01", "m02", "m03")
            .requires("all-modules", "assessment:final-exam")
            .panel("sme-chen", "sme-cheng")
            .reviewers("sme-chen")
            .perOutcomeMinimum("PO-2")
            .module(
                module("m01")
                    .objective("LO-M01-1", "PO-1")
                    .objective("LO-M01-2", "PO-2")
                    .authors("sme-chen")
                    .reviewers("sme-cheng")
                    .section("Check the shipper", "LO-M01-1", "LO-M01-2")
                    .quizRef("Q-1")
                    .inlineQuiz("Q-M01-F1", "LO-M01-2"))
            .module(
                module("m02")
                    .prerequisites("m01")
                    .objective("LO-M02-1", "PO-1", "PO-2")
                    .section("Labels", "LO-M02-1"))
            .module(module("m03").prerequisites("m01", "m02").objective("LO-M03-1", "PO-2"))
            .item(item("Q-1").objectives("LO-M01-1").authors("sme-chen").reviewers("sme-cheng"))
            .item(secureItem("Q-2").objectives("PO-1").rubricCriterion("LO-M02-1"))
            .assessment(assessment("final-exam").blueprint("LO-M01-1").blueprint("PO-2"))
            .build();

    assertThat(check(course)).isEmpty();
  }

  @Test
  void referencesIntoAnUnreadableFileAreCountedOnceInsteadOfBlamedEach() {
    Course course =
        course()
            .outcome("PO-1")
            .unreadable("modules/m02.md")
            .module(module("m01").objective("LO-M01-1", "PO-1", "PO-9").section("A", "LO-M01-9"))
            .module(module("m03").objective("LO-M03-1", "PO-1").prerequisites("m02"))
            .build();

    List<Finding> findings = check(course);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(findings.get(0).format())
        .isEqualTo(
            "modules/m02.md:1:1: info [GEN-001] 3 references were not checked because"
                + " `modules/m02.md` could not be read. Fix the errors reported there and build"
                + " again.");
  }

  @Test
  void aReadableCourseStillGetsEveryUnresolvedReference() {
    Course course =
        course().outcome("PO-1").module(module("m01").objective("LO-M01-1", "PO-9")).build();

    assertThat(check(course)).extracting(Finding::severity).containsExactly(Severity.ERROR);
  }

  @Nested
  class Duplicates {

    @Test
    void outcomeIsReportedAtTheSecondOccurrenceNamingTheFirst() {
      Course course = course().outcome("PO-1").outcome("PO-1").build();

      assertThat(check(course))
          .containsExactly(
              Finding.error(
                  "GEN-001",
                  at("program.yml", 3),
                  "Duplicate id `PO-1`: this outcome has the same id as the outcome at"
                      + " program.yml:2."
                      + UNIQUE_HINT));
    }

    @Test
    void objectivesInTwoModules() {
      Course course =
          course()
              .module(module("m01").objective("LO-1"))
              .module(module("m02").objective("LO-1"))
              .build();

      assertThat(formatted(course))
          .containsExactly(
              "modules/m02.md:2:1: error [GEN-001] Duplicate id `LO-1`: this objective has the"
                  + " same id as the objective at modules/m01.md:2."
                  + UNIQUE_HINT);
    }

    @Test
    void idsAreUniqueAcrossKinds() {
      Course course = course().outcome("LO-1").module(module("m01").objective("LO-1")).build();

      assertThat(formatted(course))
          .containsExactly(
              "program.yml:2:1: error [GEN-001] Duplicate id `LO-1`: this outcome has the same id"
                  + " as the objective at modules/m01.md:2."
                  + UNIQUE_HINT);
    }

    @Test
    void modules() {
      Course course =
          course().module(module("m01")).module(module("m01", "modules/m01-copy.md")).build();

      assertThat(formatted(course))
          .containsExactly(
              "modules/m01.md:1:1: error [GEN-001] Duplicate id `m01`: this module has the same id"
                  + " as the module at modules/m01-copy.md:1."
                  + UNIQUE_HINT);
    }

    @Test
    void inlineQuizItemAndItemFile() {
      Course course =
          course()
              .module(module("m01").objective("LO-1").inlineQuiz("Q-1", "LO-1"))
              .item(item("Q-1").objectives("LO-1"))
              .build();

      assertThat(formatted(course))
          .containsExactly(
              "modules/m01.md:4:1: error [GEN-001] Duplicate id `Q-1`: this item has the same id"
                  + " as the item at items/Q-1.yml:1."
                  + UNIQUE_HINT);
    }

    @Test
    void secureAndPublicItems() {
      Course course = course().item(item("Q-1")).item(secureItem("Q-1")).build();

      assertThat(check(course))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.at()).isEqualTo(at("items/secure/Q-1.yml", 1));
                assertThat(f.message()).contains("as the item at items/Q-1.yml:1.");
              });
    }

    @Test
    void assessments() {
      Course course =
          course()
              .assessment(assessment("final-exam"))
              .assessment(assessment("final-exam", "assessments/final-exam-2.yml"))
              .build();

      assertThat(check(course))
          .extracting(Finding::at, Finding::message)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  at("assessments/final-exam.yml", 1),
                  "Duplicate id `final-exam`: this assessment has the same id as the assessment at"
                      + " assessments/final-exam-2.yml:1."
                      + UNIQUE_HINT));
    }

    @Test
    void everyLaterOccurrenceNamesTheFirst() {
      Course course = course().person("sme-chen").person("sme-chen").person("sme-chen").build();

      assertThat(formatted(course))
          .containsExactly(
              "people.yml:2:1: error [GEN-001] Duplicate id `sme-chen`: this person has the same"
                  + " id as the person at people.yml:1."
                  + UNIQUE_HINT,
              "people.yml:3:1: error [GEN-001] Duplicate id `sme-chen`: this person has the same"
                  + " id as the person at people.yml:1."
                  + UNIQUE_HINT);
    }
  }

  @Nested
  class UnresolvedReferences {

    @Test
    void objectiveSupportsAnUnknownOutcome() {
      Course course =
          course().outcome("PO-1").module(module("m01").objective("LO-1", "PO-9")).build();

      assertThat(check(course))
          .containsExactly(
              Finding.error(
                  "GEN-001",
                  at("modules/m01.md", 3),
                  "`supports` refers to outcome `PO-9`, which is not defined. Did you mean"
                      + " `PO-1`?"));
    }

    @Test
    void objectiveMaySupportOnlyOutcomesNotObjectives() {
      Course course =
          course()
              .outcome("PO-1")
              .module(module("m01").objective("LO-1").objective("LO-2", "LO-1"))
              .build();

      assertThat(check(course))
          .singleElement()
          .extracting(Finding::message)
          .isEqualTo(
              "`supports` refers to outcome `LO-1`, but `LO-1` is an objective. Did you mean"
                  + " `PO-1`?");
    }

    @Test
    void prerequisiteNamingAPersonSaysWhatTheIdIs() {
      Course course =
          course().person("sme-chen").module(module("m01").prerequisites("sme-chen")).build();

      assertThat(check(course))
          .singleElement()
          .extracting(Finding::message)
          .isEqualTo(
              "`prerequisites` refers to module `sme-chen`, but `sme-chen` is a person. Known"
                  + " modules: `m01`.");
    }

    @Test
    void itemObjectivesListKnownIdsWhenNoneIsClose() {
      Course course =
          course()
              .outcome("PO-1")
              .module(module("m01").objective("LO-M01-1", "PO-1"))
              .item(item("Q-1").objectives("LO-M01-1", "intro"))
              .build();

      assertThat(formatted(course))
          .containsExactly(
              "items/Q-1.yml:3:1: error [GEN-001] `objectives` refers to objective or outcome"
                  + " `intro`, which is not defined. Known objectives or outcomes: `LO-M01-1`,"
                  + " `PO-1`.");
    }

    @Test
    void blueprintObjective() {
      Course course =
          course()
              .module(module("m01").objective("LO-M01-1"))
              .assessment(assessment("final-exam").blueprint("LO-M01-9"))
              .build();

      assertThat(formatted(course))
          .containsExactly(
              "assessments/final-exam.yml:2:1: error [GEN-001] blueprint `objective` refers to"
                  + " objective or outcome `LO-M01-9`, which is not defined. Did you mean"
                  + " `LO-M01-1`?");
    }

    @Test
    void rubricCriterionObjective() {
      Course course =
          course()
              .outcome("PO-1")
              .item(secureItem("Q-1").objectives("PO-1").rubricCriterion("PO-7"))
              .build();

      assertThat(check(course))
          .extracting(Finding::at, Finding::message)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  at("items/secure/Q-1.yml", 3),
                  "rubric `objective` refers to objective or outcome `PO-7`, which is not"
                      + " defined. Did you mean `PO-1`?"));
    }

    @Test
    void modulePrerequisite() {
      Course course =
          course().module(module("m01")).module(module("m02").prerequisites("m1")).build();

      assertThat(formatted(course))
          .containsExactly(
              "modules/m02.md:2:1: error [GEN-001] `prerequisites` refers to module `m1`, which is"
                  + " not defined. Did you mean `m01`?");
    }

    @Test
    void programModulesSuggestTheAlphabeticallyFirstOfEquallyCloseIds() {
      Course course =
          course().deliveryOrder("m01", "m03").module(module("m02")).module(module("m01")).build();

      assertThat(formatted(course))
          .containsExactly(
              "program.yml:3:1: error [GEN-001] program `modules` refers to module `m03`, which is"
                  + " not defined. Did you mean `m01`?");
    }

    @Test
    void reviewersOfProgramModuleAndItem() {
      Course course =
          course()
              .person("sme-chen")
              .reviewers("sme-chan")
              .module(module("m01").reviewers("nobody"))
              .item(item("Q-1").reviewers("nobody"))
              .build();

      assertThat(formatted(course))
          .containsExactly(
              "items/Q-1.yml:2:1: error [GEN-001] `reviewers` refers to person `nobody`, which is"
                  + " not defined. Known people: `sme-chen`.",
              "modules/m01.md:2:1: error [GEN-001] `reviewers` refers to person `nobody`, which"
                  + " is not defined. Known people: `sme-chen`.",
              "program.yml:2:1: error [GEN-001] `reviewers` refers to person `sme-chan`, which is"
                  + " not defined. Did you mean `sme-chen`?");
    }

    @Test
    void authorsOfModuleAndItem() {
      Course course =
          course()
              .person("author-rivera")
              .module(module("m01").authors("author-rivera", "author-rivero"))
              .item(item("Q-1").authors("rivera"))
              .build();

      assertThat(check(course))
          .extracting(Finding::at, Finding::message)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  at("items/Q-1.yml", 2),
                  "`authors` refers to person `rivera`, which is not defined. Known people:"
                      + " `author-rivera`."),
              org.assertj.core.groups.Tuple.tuple(
                  at("modules/m01.md", 3),
                  "`authors` refers to person `author-rivero`, which is not defined. Did you mean"
                      + " `author-rivera`?"));
    }

    @Test
    void panelWithoutAnyPeopleSaysWhereToDeclareThem() {
      Course course = course().panel("sme-ali").build();

      assertThat(formatted(course))
          .containsExactly(
              "program.yml:2:1: error [GEN-001] `panel` refers to person `sme-ali`, which is not"
                  + " defined. There are no people yet (add them to people.yml).");
    }

    @Test
    void longListsOfKnownIdsAreCutAtFive() {
      Course course =
          course()
              .person("alice")
              .person("bob")
              .person("carol")
              .person("dave")
              .person("erin")
              .person("frank")
              .person("grace")
              .panel("someone-else")
              .build();

      assertThat(check(course))
          .singleElement()
          .extracting(Finding::message)
          .isEqualTo(
              "`panel` refers to person `someone-else`, which is not defined. Known people include"
                  + " `alice`, `bob`, `carol`, `dave`, `erin` (7 in all).");
    }

    @Test
    void perOutcomeMinimum() {
      Course course = course().outcome("PO-1").perOutcomeMinimum("PO-3").build();

      assertThat(formatted(course))
          .containsExactly(
              "program.yml:3:1: error [GEN-001] `per_outcome_minimum` refers to outcome `PO-3`,"
                  + " which is not defined. Did you mean `PO-1`?");
    }

    @Test
    void completionRequiresAnUnknownAssessment() {
      Course course =
          course()
              .requires("all-modules", "assessment:fnal-exam")
              .assessment(assessment("final-exam"))
              .build();

      assertThat(formatted(course))
          .containsExactly(
              "program.yml:3:1: error [GEN-001] `completion.requires` refers to assessment"
                  + " `fnal-exam`, which is not defined. Did you mean `final-exam`?");
    }

    @Test
    void completionRequiresOnlyKnownWords() {
      Course course =
          course()
              .requires("all_modules", "final-exam", "attendance")
              .assessment(assessment("final-exam"))
              .build();

      String explanation =
          " is not a requirement CourseKit knows; use `all-modules` or `assessment:<id>`, for"
              + " example `assessment:final-exam`.";
      assertThat(check(course))
          .extracting(Finding::message)
          .containsExactly(
              "`completion.requires` entry `all_modules`"
                  + explanation
                  + " Did you mean `all-modules`?",
              "`completion.requires` entry `final-exam`"
                  + explanation
                  + " Did you mean `assessment:final-exam`?",
              "`completion.requires` entry `attendance`" + explanation);
    }

    @Test
    void quizRefToAnUnknownItem() {
      Course course = course().item(item("Q-0141")).module(module("m01").quizRef("Q-0143")).build();

      assertThat(formatted(course))
          .containsExactly(
              "modules/m01.md:3:1: error [GEN-001] Quiz `ref` refers to item `Q-0143`, which is"
                  + " not defined. Did you mean `Q-0141`?");
    }

    @Test
    void quizRefToASummativeItemIsAnError() {
      Course course =
          course().item(secureItem("Q-0142")).module(module("m01").quizRef("Q-0142")).build();

      assertThat(formatted(course))
          .containsExactly(
              "modules/m01.md:3:1: error [GEN-001] Quiz `ref` places item `Q-0142` on a public"
                  + " page, but it is a summative item (under items/secure/ or `use: summative`)."
                  + " Summative items must never be published; refer to a formative item from"
                  + " items/ instead.");
    }

    @Test
    void sectionMaySupportOnlyObjectivesOfItsOwnModule() {
      Course course =
          course()
              .module(module("m01").objective("LO-M01-1"))
              .module(module("m02").objective("LO-M02-1").section("Labels", "LO-M01-1"))
              .build();

      assertThat(formatted(course))
          .containsExactly(
              "modules/m02.md:4:1: error [GEN-001] `<!-- supports: -->` refers to objective"
                  + " `LO-M01-1`, which is not an objective of this module. Did you mean"
                  + " `LO-M02-1`?");
    }

    @Test
    void sectionInAModuleWithoutObjectives() {
      Course course = course().module(module("m01").section("Intro", "LO-1")).build();

      assertThat(check(course))
          .singleElement()
          .extracting(Finding::message)
          .isEqualTo(
              "`<!-- supports: -->` refers to objective `LO-1`, which is not an objective of this"
                  + " module. There are no objectives in this module yet (add them to the module's"
                  + " `objectives`).");
    }
  }

  @Nested
  class PrerequisiteCycles {

    @Test
    void twoModules() {
      Course course =
          course()
              .module(module("m01").prerequisites("m02"))
              .module(module("m02").prerequisites("m01"))
              .build();

      assertThat(formatted(course))
          .containsExactly(
              "modules/m02.md:2:1: error [GEN-001] Module prerequisites form a cycle: m01 -> m02"
                  + " -> m01 (each module lists the next one as a prerequisite), so none of them"
                  + " can be taken first. Remove one of these prerequisites.");
    }

    @Test
    void threeModulesGiveOneFindingAtTheClosingReference() {
      Course course =
          course()
              .module(module("m01").prerequisites("m02"))
              .module(module("m02").prerequisites("m03"))
              .module(module("m03").prerequisites("m01"))
              .build();

      assertThat(check(course))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.at()).isEqualTo(at("modules/m03.md", 2));
                assertThat(f.message())
                    .startsWith("Module prerequisites form a cycle: m01 -> m02 -> m03 -> m01 (");
              });
    }

    @Test
    void modulesLeadingIntoACycleAreNotPartOfIt() {
      Course course =
          course()
              .module(module("m00").prerequisites("m01"))
              .module(module("m01").prerequisites("m02"))
              .module(module("m02").prerequisites("m01"))
              .build();

      assertThat(check(course))
          .singleElement()
          .extracting(Finding::message)
          .asString()
          .startsWith("Module prerequisites form a cycle: m01 -> m02 -> m01 (");
    }

    @Test
    void selfPrerequisite() {
      Course course = course().module(module("m01").prerequisites("m01")).build();

      assertThat(formatted(course))
          .containsExactly(
              "modules/m01.md:2:1: error [GEN-001] Module `m01` lists itself as a prerequisite."
                  + " Remove `m01` from its `prerequisites`.");
    }

    @Test
    void twoSeparateCyclesAreBothReported() {
      Course course =
          course()
              .module(module("a1").prerequisites("a2"))
              .module(module("a2").prerequisites("a1"))
              .module(module("b1").prerequisites("b1"))
              .build();

      assertThat(check(course))
          .extracting(Finding::at)
          .containsExactly(at("modules/a2.md", 2), at("modules/b1.md", 2));
    }
  }
}
