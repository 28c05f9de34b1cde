package org.coursekit.rules.builtin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.diag.Suggestions;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.model.Program;
import org.coursekit.model.QuizBlock;
import org.coursekit.model.Ref;
import org.coursekit.model.Review;
import org.coursekit.model.Section;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.rules.builtin.DeclaredIds.Declaration;
import org.coursekit.rules.builtin.DeclaredIds.Kind;

/**
 * GEN-001: every id is unique across the program, every reference names an id of the right kind,
 * and module prerequisites form no cycle. The other rules rely on this one: a reference they cannot
 * resolve has already been reported here.
 */
public final class UniqueIdsAndReferences implements Rule {

  private static final String ALL_MODULES = "all-modules";
  private static final int LISTED_IDS = 5;

  @Override
  public String id() {
    return "GEN-001";
  }

  @Override
  public String name() {
    return "Unique ids and resolvable references";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Course course, RuleContext context) {
    new Check(course, context).run();
  }

  /**
   * The ids a reference may name ({@code ids}, declared as one of {@code kinds}), and how messages
   * describe them.
   */
  private record Target(
      String noun, String plural, Set<Kind> kinds, String absent, String home, Set<String> ids) {

    Target(String noun, String plural, String home, DeclaredIds declared, Kind... kinds) {
      this(noun, plural, Set.of(kinds), "which is not defined", home, declared.ids(kinds));
    }

    /** A "did you mean", or the known ids, or where such ids are declared. */
    String hint(String wrong) {
      String closest = Suggestions.didYouMean(wrong, ids);
      if (!closest.isEmpty()) {
        return closest;
      }
      if (ids.isEmpty()) {
        return "There are no " + plural + " yet (" + home + ").";
      }
      String listed =
          ids.stream()
              .limit(LISTED_IDS)
              .map(id -> "`" + id + "`")
              .collect(Collectors.joining(", "));
      return ids.size() <= LISTED_IDS
          ? "Known " + plural + ": " + listed + "."
          : "Known " + plural + " include " + listed + " (" + ids.size() + " in all).";
    }
  }

  /** One run of the rule on one course; holds what the run has learnt about the course. */
  private static final class Check {
    private final Course course;
    private final RuleContext context;
    private final DeclaredIds declared;
    private final Map<String, Item> itemsById = new HashMap<>();
    private final Target outcomes;
    private final Target objectivesOrOutcomes;
    private final Target modules;
    private final Target items;
    private final Target assessments;
    private final Target people;
    private int unchecked;

    Check(Course course, RuleContext context) {
      this.course = course;
      this.context = context;
      this.declared = DeclaredIds.of(course);
      course.items().stream()
          .filter(item -> item.id() != null)
          .forEach(item -> itemsById.putIfAbsent(item.id(), item));
      outcomes =
          new Target(
              "outcome", "outcomes", "add them to program.yml `outcomes`", declared, Kind.OUTCOME);
      objectivesOrOutcomes =
          new Target(
              "objective or outcome",
              "objectives or outcomes",
              "add them to a module's `objectives` or to program.yml `outcomes`",
              declared,
              Kind.OBJECTIVE,
              Kind.OUTCOME);
      modules = new Target("module", "modules", "add modules/<id>.md files", declared, Kind.MODULE);
      items =
          new Target(
              "item", "items", "add items/<id>.yml files or quiz blocks", declared, Kind.ITEM);
      assessments =
          new Target(
              "assessment",
              "assessments",
              "add assessments/<id>.yml files",
              declared,
              Kind.ASSESSMENT);
      people = new Target("person", "people", "add them to people.yml", declared, Kind.PERSON);
    }

    void run() {
      reportDuplicates();
      if (course.program() != null) {
        checkProgram(course.program());
      }
      course.modules().forEach(this::checkModule);
      course.items().forEach(this::checkItem);
      for (Assessment assessment : course.assessments()) {
        for (Assessment.BlueprintRow row : assessment.blueprint()) {
          resolve(row.objective(), "blueprint `objective`", objectivesOrOutcomes);
        }
      }
      reportCycles();
      reportUnchecked();
    }

    /**
     * A file that could not be read declares nothing, so references to its ids look broken. Say
     * once why they were not checked instead of blaming each of them for one syntax error.
     */
    private void reportUnchecked() {
      if (unchecked == 0) {
        return;
      }
      List<String> files = course.unreadableFiles();
      context.report(
          Severity.INFO,
          SourceRef.startOf(files.get(0)),
          unchecked
              + (unchecked == 1 ? " reference was" : " references were")
              + " not checked because "
              + files.stream().map(f -> "`" + f + "`").collect(Collectors.joining(", "))
              + " could not be read. Fix the errors reported there and build again.");
    }

    private void reportDuplicates() {
      Map<String, Declaration> first = new HashMap<>();
      for (Declaration declaration : declared.all()) {
        Declaration earlier = first.putIfAbsent(declaration.id(), declaration);
        if (earlier != null) {
          context.report(
              declaration.at(),
              "Duplicate id `"
                  + declaration.id()
                  + "`: this "
                  + declaration.kind().noun()
                  + " has the same id as the "
                  + earlier.kind().noun()
                  + " at "
                  + earlier.at().file()
                  + ":"
                  + earlier.at().line()
                  + ". Ids of outcomes, modules, objectives, items, assessments and people must be"
                  + " unique across the program; rename one of them.");
        }
      }
    }

    private void checkProgram(Program program) {
      resolveAll(program.modules(), "program `modules`", modules);
      checkReviewers(program.review());
      Program.Completion completion = program.completion();
      if (completion == null) {
        return;
      }
      completion.requires().forEach(this::checkRequirement);
      Program.PassingStandard standard = completion.passingStandard();
      if (standard != null) {
        resolveAll(standard.panel(), "`panel`", people);
        for (Program.OutcomeMinimum minimum : standard.perOutcomeMinimum()) {
          resolve(minimum.outcome(), "`per_outcome_minimum`", outcomes);
        }
      }
    }

    /** A completion requirement is {@code all-modules} or {@code assessment:<id>}. */
    private void checkRequirement(Ref requirement) {
      String entry = requirement.id();
      if (entry.equals(ALL_MODULES)) {
        return;
      }
      Optional<String> assessment = RequiredAssessments.assessmentId(entry);
      if (assessment.isPresent()) {
        resolve(new Ref(assessment.get(), requirement.at()), "`completion.requires`", assessments);
        return;
      }
      String hint;
      if (assessments.ids().contains(entry)) {
        hint = "Did you mean `" + RequiredAssessments.PREFIX + entry + "`?";
      } else {
        Set<String> candidates = new TreeSet<>();
        candidates.add(ALL_MODULES);
        assessments.ids().forEach(id -> candidates.add(RequiredAssessments.PREFIX + id));
        hint = Suggestions.didYouMean(entry, candidates);
      }
      context.report(
          requirement.at(),
          "`completion.requires` entry `"
              + entry
              + "` is not a requirement CourseKit knows; use `all-modules` or `assessment:<id>`,"
              + " for example `assessment:final-exam`."
              + (hint.isEmpty() ? "" : " " + hint));
    }

    private void checkModule(CourseModule module) {
      resolveAll(module.prerequisites(), "`prerequisites`", modules);
      for (Objective objective : module.objectives()) {
        resolveAll(objective.supports(), "`supports`", outcomes);
      }
      resolveAll(module.authors(), "`authors`", people);
      checkReviewers(module.review());
      Target ownObjectives =
          new Target(
              "objective",
              "objectives in this module",
              Set.of(Kind.OBJECTIVE),
              "which is not an objective of this module",
              "add them to the module's `objectives`",
              module.objectives().stream()
                  .map(Objective::id)
                  .filter(Objects::nonNull)
                  .collect(Collectors.toCollection(TreeSet::new)));
      for (Section section : module.sections()) {
        resolveAll(section.supports(), "`<!-- supports: -->`", ownObjectives);
      }
      for (QuizBlock quiz : module.quizzes()) {
        if (quiz.ref() != null) {
          checkQuizRef(quiz.ref());
        }
      }
    }

    private void checkQuizRef(Ref ref) {
      Item item = itemsById.get(ref.id());
      if (item == null) {
        resolve(ref, "Quiz `ref`", items);
      } else if (item.summative()) {
        context.report(
            ref.at(),
            "Quiz `ref` places item `"
                + ref.id()
                + "` on a public page, but it is a summative item (under items/secure/ or"
                + " `use: summative`). Summative items must never be published; refer to a"
                + " formative item from items/ instead.");
      }
    }

    private void checkItem(Item item) {
      resolveAll(item.objectives(), "`objectives`", objectivesOrOutcomes);
      for (Item.RubricCriterion criterion : item.rubric()) {
        if (criterion.objective() != null) {
          resolve(criterion.objective(), "rubric `objective`", objectivesOrOutcomes);
        }
      }
      resolveAll(item.authors(), "`authors`", people);
      checkReviewers(item.review());
    }

    private void checkReviewers(Review review) {
      if (review != null) {
        resolveAll(review.reviewers(), "`reviewers`", people);
      }
    }

    private void reportCycles() {
      for (PrerequisiteCycles.Cycle cycle : PrerequisiteCycles.in(course.modules())) {
        String module = cycle.modules().get(0);
        if (cycle.modules().size() == 2) {
          context.report(
              cycle.closing().at(),
              "Module `"
                  + module
                  + "` lists itself as a prerequisite. Remove `"
                  + module
                  + "` from its `prerequisites`.");
        } else {
          context.report(
              cycle.closing().at(),
              "Module prerequisites form a cycle: "
                  + cycle.describe()
                  + " (each module lists the next one as a prerequisite), so none of them can be"
                  + " taken first. Remove one of these prerequisites.");
        }
      }
    }

    private void resolveAll(List<Ref> refs, String field, Target target) {
      refs.forEach(ref -> resolve(ref, field, target));
    }

    private void resolve(Ref ref, String field, Target target) {
      if (target.ids().contains(ref.id())) {
        return;
      }
      if (!course.unreadableFiles().isEmpty() && declared.first(ref.id()).isEmpty()) {
        unchecked++;
        return;
      }
      // Naming an id of another kind (an objective where an outcome belongs) is a common slip.
      Optional<Kind> otherKind =
          declared.first(ref.id()).map(Declaration::kind).filter(k -> !target.kinds().contains(k));
      String problem =
          otherKind
              .map(k -> "but `" + ref.id() + "` is " + k.withArticle())
              .orElse(target.absent());
      context.report(
          ref.at(),
          field
              + " refers to "
              + target.noun()
              + " `"
              + ref.id()
              + "`, "
              + problem
              + ". "
              + target.hint(ref.id()));
    }
  }
}
