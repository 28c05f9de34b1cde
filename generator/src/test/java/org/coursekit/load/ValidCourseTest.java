package org.coursekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Program;
import org.coursekit.model.QuizBlock;
import org.coursekit.model.Ref;
import org.coursekit.model.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A course that follows the format loads without findings, into the model the format describes. */
class ValidCourseTest {

  private static LoadResult result;
  private static Course course;

  @BeforeAll
  static void load() throws IOException {
    result = new CourseLoader().load(Fixtures.course("valid-course"));
    course = result.course();
  }

  @Test
  void hasNoFindings() {
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void readsProgramScalarsWithTheirTypes() {
    Program program = course.program();
    assertThat(program.id()).isEqualTo("demo-program");
    // YAML reads `version: 2.1` as a number; the text field keeps it as written.
    assertThat(program.version()).isEqualTo("2.1");
    assertThat(program.prerequisites()).isEmpty();
    assertThat(program.prerequisitesNone()).isTrue();
    assertThat(program.contactHours()).isEqualByComparingTo("1.5");
    assertThat(program.aiAssisted()).isFalse();
    assertThat(program.disclosure()).isEqualTo("No planner has a relevant financial relationship.");
    assertThat(program.at()).isEqualTo(new SourceRef("program.yml", 1, 1));
    assertThat(program.source().positionOf("title")).isEqualTo(new SourceRef("program.yml", 2, 8));
  }

  @Test
  void readsNestedProgramRecords() {
    Program program = course.program();
    assertThat(program.scope().excludes()).containsExactly("clinical administration");
    assertThat(program.designPlan().needsAnalysis()).isEqualTo("docs/needs-analysis.md");
    assertThat(program.outcomes())
        .extracting(o -> o.id(), o -> o.domain(), o -> o.performance(), o -> o.condition())
        .containsExactly(
            tuple("PO-1", "psychomotor", true, "Given a dry shipper"),
            tuple("PO-2", "cognitive", false, null));
    Program.PassingStandard standard = program.completion().passingStandard();
    assertThat(standard.score()).isEqualByComparingTo("80");
    assertThat(standard.setOn()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(standard.panel())
        .containsExactly(
            new Ref("sme-chen", new SourceRef("program.yml", 43, 13)),
            new Ref("sme-okafor", new SourceRef("program.yml", 43, 23)));
    assertThat(standard.perOutcomeMinimum())
        .extracting(m -> m.outcome().id(), Program.OutcomeMinimum::minimum)
        .containsExactly(
            tuple("PO-1", new BigDecimal("70")), tuple("PO-2", new BigDecimal("60.5")));
    assertThat(program.completion().attempts()).isEqualTo(new Program.Attempts(3, 7));
    assertThat(program.certificate().designation()).isNull();
    // A quoted date is accepted as well as a YAML date.
    assertThat(program.review().nextReviewDue()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(program.evaluation().reevaluateFor()).isEqualTo("2.1.0");
  }

  @Test
  void defaultsCreditUnitsFromTheType() {
    assertThat(course.program().credits())
        .extracting(Program.Credit::type, Program.Credit::unit)
        .containsExactly(
            tuple("iacet-ceu", "ceu"),
            tuple("acpe", "contact-hours"),
            tuple("other-credit", "contact-hours"));
  }

  @Test
  void keepsPoliciesInSourceOrder() {
    assertThat(course.program().policies())
        .extracting(Program.Policy::name, Program.Policy::target)
        .containsExactly(
            tuple("fees_refunds", "https://example.org/policies/fees"),
            tuple("advisory_group", "policies/advisory-group.md"),
            tuple("automation", "policies/automation.md"),
            tuple("appeals", "mailto:appeals@example.org"));
  }

  @Test
  void listsModulesByFileNameAndIgnoresHiddenAndOtherFiles() {
    assertThat(course.modules())
        .extracting(CourseModule::id)
        .containsExactly("m01-intro", "m02-labels");
    assertThat(course.deliveryOrder())
        .extracting(CourseModule::id)
        .containsExactly("m02-labels", "m01-intro");
  }

  @Test
  void readsModuleFrontMatter() {
    CourseModule module = course.module("m01-intro").orElseThrow();
    assertThat(module.file()).isEqualTo("modules/m01-intro.md");
    assertThat(module.durationMinutes()).isEqualTo(60);
    assertThat(module.objectives().get(0).supports())
        .containsExactly(
            new Ref("PO-1", new SourceRef("modules/m01-intro.md", 11, 16)),
            new Ref("PO-2", new SourceRef("modules/m01-intro.md", 11, 22)));
    assertThat(module.review().reviewedOn()).isEqualTo(LocalDate.of(2025, 4, 2));
    assertThat(module.references().get(0).version()).isEqualTo("8th ed.");
    assertThat(module.suppressions())
        .extracting(s -> s.rule(), s -> s.reason(), s -> s.at())
        .containsExactly(
            tuple(
                "LO-003",
                "'verify' is an Evaluate verb here",
                new SourceRef("modules/m01-intro.md", 21, 7)));
  }

  @Test
  void splitsTheBodyAfterTheFrontMatter() {
    CourseModule module = course.module("m01-intro").orElseThrow();
    assertThat(module.bodyLine()).isEqualTo(23);
    assertThat(module.body()).startsWith("\n# Receiving a Product\n");
  }

  @Test
  void findsSectionsWithTheirSupportsComments() {
    assertThat(course.module("m01-intro").orElseThrow().sections())
        .extracting(Section::title, Section::level, Section::supports, Section::at)
        .containsExactly(
            tuple(
                "Receiving a Product", 1, List.of(), new SourceRef("modules/m01-intro.md", 24, 1)),
            tuple(
                "Check the shipper",
                2,
                List.of(new Ref("LO-M01-1", new SourceRef("modules/m01-intro.md", 27, 16))),
                new SourceRef("modules/m01-intro.md", 26, 1)),
            tuple("Summary", 2, List.of(), new SourceRef("modules/m01-intro.md", 48, 1)));
    // A setext heading gets its supports comment too.
    assertThat(course.module("m02-labels").orElseThrow().sections())
        .extracting(Section::title, s -> s.supports().get(0).id(), Section::at)
        .containsExactly(
            tuple("Labels", "LO-M02-1", new SourceRef("modules/m02-labels.md", 14, 1)));
  }

  @Test
  void findsImagesWithAltTextAndTitle() {
    assertThat(course.module("m01-intro").orElseThrow().images())
        .extracting(i -> i.src(), i -> i.alt(), i -> i.title(), i -> i.decorative(), i -> i.at())
        .containsExactly(
            tuple(
                "m01-intro/label.svg",
                "Dry shipper label",
                "The label",
                false,
                new SourceRef("modules/m01-intro.md", 31, 1)),
            tuple(
                "m01-intro/line.svg",
                "",
                "decorative",
                true,
                new SourceRef("modules/m01-intro.md", 33, 1)),
            tuple(
                "https://example.org/remote.png",
                "Remote",
                null,
                false,
                new SourceRef("modules/m01-intro.md", 33, 38)));
  }

  @Test
  void findsPercentEncodedImageFiles() {
    assertThat(course.module("m02-labels").orElseThrow().images())
        .extracting(i -> i.src())
        .containsExactly("m02-labels/label%20field.svg");
  }

  @Test
  void readsQuizBlocksInlineAndByReference() {
    var quizzes = course.module("m01-intro").orElseThrow().quizzes();
    assertThat(quizzes)
        .extracting(QuizBlock::itemId, QuizBlock::at)
        .containsExactly(
            tuple("Q-M01-F1", new SourceRef("modules/m01-intro.md", 35, 1)),
            tuple("Q-0001", new SourceRef("modules/m01-intro.md", 50, 1)));
    Item inline = quizzes.get(0).item();
    assertThat(inline.file()).isEqualTo("modules/m01-intro.md");
    assertThat(inline.secure()).isFalse();
    assertThat(inline.use()).isEqualTo("formative");
    assertThat(inline.at()).isEqualTo(new SourceRef("modules/m01-intro.md", 36, 1));
    assertThat(inline.options())
        .extracting(Item.Option::correct, Item.Option::at)
        .containsExactly(
            tuple(false, new SourceRef("modules/m01-intro.md", 41, 5)),
            tuple(true, new SourceRef("modules/m01-intro.md", 43, 5)));
    assertThat(quizzes.get(1).ref())
        .isEqualTo(new Ref("Q-0001", new SourceRef("modules/m01-intro.md", 51, 6)));
  }

  @Test
  void collectsItemsFromFilesSecureFilesAndQuizBlocks() {
    assertThat(course.items())
        .extracting(Item::id, Item::file, Item::secure, Item::use)
        .containsExactly(
            tuple("Q-0001", "items/Q-0001.yml", false, "formative"),
            tuple("Q-0002", "items/Q-0002.yml", false, "formative"),
            tuple("S-0001", "items/secure/S-0001.yml", true, "summative"),
            tuple("Q-M01-F1", "modules/m01-intro.md", false, "formative"));
    Item numeric = course.item("Q-0001").orElseThrow();
    assertThat(numeric.answer())
        .isEqualTo(new Item.NumericAnswer(new BigDecimal("2.5"), new BigDecimal("0.1")));
    assertThat(numeric.sourceReference()).isEqualTo("SOP-123 rev 7");
    assertThat(numeric.review().status()).isEqualTo("approved");
    assertThat(course.item("Q-0002").orElseThrow().pairs())
        .containsExactly(
            new Item.MatchPair("COI", "Chain of identity"),
            new Item.MatchPair("COC", "Chain of custody"));
    Item performance = course.item("S-0001").orElseThrow();
    assertThat(performance.rubric())
        .singleElement()
        .extracting(Item.RubricCriterion::criterion, c -> c.objective().id())
        .containsExactly("Labels checked before opening", "LO-M01-1");
    assertThat(performance.aiAssisted()).isTrue();
  }

  @Test
  void readsAssessmentsPeopleGlossaryAndConfig() {
    var exam = course.assessments().get(0);
    assertThat(exam.delivery().inPerson()).isTrue();
    assertThat(exam.pool().include()).containsExactly("items/secure/**");
    assertThat(exam.blueprint())
        .extracting(r -> r.objective().id(), r -> r.weight(), r -> r.minItems())
        .containsExactly(
            tuple("LO-M01-1", new BigDecimal("60"), 2),
            tuple("LO-M02-1", new BigDecimal("40.5"), 1));

    assertThat(course.people())
        .extracting(p -> p.id())
        .containsExactly("sme-chen", "sme-okafor", "author-rivera");
    assertThat(course.people().get(0).coi().disclosedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(course.people().get(1).hasRole("faculty")).isTrue();

    assertThat(course.glossary())
        .extracting(g -> g.term(), g -> g.abbreviation())
        .containsExactly(tuple("Chain of identity", "COI"), tuple("Dry shipper", null));

    assertThat(course.config().profile()).isEqualTo("draft");
    assertThat(course.config().baseline()).isEqualTo("coursekit-baseline.json");
    // `off` is a YAML boolean; as a severity it is still the word `off`.
    assertThat(course.config().rules())
        .extracting(r -> r.rule(), r -> r.severity(), r -> r.options().keys())
        .containsExactly(
            tuple("LO-006", "warning", List.of()),
            tuple("PRG-009", "off", List.of()),
            tuple("ASM-003", "info", List.of("min_items_per_objective")),
            tuple("LO-007", null, List.of("max_words")));
  }
}
