package org.coursekit.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.model.Program;
import org.coursekit.model.Ref;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.rules.CourseIndex;
import org.coursekit.rules.builtin.RequiredAssessments;
import org.coursekit.site.SitePages;
import org.coursekit.site.SummativeItemViews;

/** Works out the {@link PackagePlan} of a course and reports what a package cannot carry. */
final class PackagePlans {

  /** Rule id: the passing standard cannot be written into a package. */
  static final String MASTERY_RULE = "PKG-004";

  /** Rule id: a pool item, or a second assessment, cannot be delivered inside a package. */
  static final String DELIVERY_RULE = "PKG-003";

  static final String ASSESSMENT_PAGE = "assessment.html";

  private static final String ALL_MODULES = "all-modules";
  private static final Set<String> SCORABLE =
      Set.of("single", "multiple", "numeric", "short", "matching");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final MarkdownRenderer markdown;
  private final SummativeItemViews itemViews;

  PackagePlans(MarkdownRenderer markdown) {
    this.markdown = markdown;
    this.itemViews = new SummativeItemViews(markdown);
  }

  /** The plan of {@code course}, whose program must be present; problems go to {@code findings}. */
  PackagePlan plan(Course course, List<Finding> findings) {
    Program program = Objects.requireNonNull(course.program(), "program");
    List<PackagePlan.ModuleEntry> modules = new ArrayList<>();
    List<PackagePlan.ObjectiveEntry> objectives = new ArrayList<>();
    for (CourseModule module : course.deliveryOrder()) {
      String moduleId = module.id() != null ? module.id() : SitePages.modulePage(module);
      modules.add(
          new PackagePlan.ModuleEntry(
              moduleId, SitePages.moduleTitle(module), SitePages.modulePage(module)));
      for (Objective objective : module.objectives()) {
        if (objective.id() != null) {
          objectives.add(
              new PackagePlan.ObjectiveEntry(
                  objective.id(),
                  moduleId,
                  Objects.requireNonNullElse(objective.text(), "").strip()));
        }
      }
    }
    Program.Completion completion = program.completion();
    List<String> requires =
        completion == null ? List.of() : completion.requires().stream().map(Ref::id).toList();
    PackagePlan.AssessmentEntry assessment = assessment(course, program, findings);
    List<PackagePlan.InPersonEntry> inPerson = inPerson(course);
    Program.PassingStandard standard = completion == null ? null : completion.passingStandard();
    // With an in-person part the result adds its score (course-format 10), which no package sees:
    // the package records the online part and leaves passed or failed to the course team.
    BigDecimal mastery =
        assessment == null || !inPerson.isEmpty()
            ? null
            : masteryPercent(program, standard, assessment, findings);
    Program.Attempts attempts = completion == null ? null : completion.attempts();
    return new PackagePlan(
        program.id(),
        text(program.title(), program.id()),
        text(program.version(), "0.0.0"),
        text(program.language(), "en"),
        program.purpose() == null || program.purpose().isBlank()
            ? text(program.title(), program.id())
            : markdown.plainText(program.purpose()).strip(),
        modules,
        objectives,
        requires.contains(ALL_MODULES),
        assessment,
        mastery,
        mastery == null ? null : standard.scale(),
        attempts == null ? null : attempts.max(),
        attempts == null ? null : attempts.waitDays(),
        inPerson,
        inPerson.isEmpty() ? null : passMark(standard));
  }

  /** The in-person assessments completion requires, in the order it names them. */
  private static List<PackagePlan.InPersonEntry> inPerson(Course course) {
    return RequiredAssessments.of(course).stream()
        .filter(a -> a.delivery() != null && a.delivery().inPerson())
        .map(a -> new PackagePlan.InPersonEntry(a.id(), SitePages.titleOf(a.id())))
        .toList();
  }

  /** The passing standard over all assessments as learners read it, or null without one. */
  private static String passMark(Program.PassingStandard standard) {
    if (standard == null || standard.score() == null) {
      return null;
    }
    String score = standard.score().stripTrailingZeros().toPlainString();
    return "points".equals(standard.scale())
        ? score + " points in total"
        : score + "% of the combined points";
  }

  /** The first online assessment completion requires; other online ones cannot share the SCO. */
  private PackagePlan.AssessmentEntry assessment(
      Course course, Program program, List<Finding> findings) {
    List<Assessment> online =
        RequiredAssessments.of(course).stream()
            .filter(a -> a.delivery() == null || !a.delivery().inPerson())
            .toList();
    if (online.isEmpty()) {
      return null;
    }
    for (Assessment extra : online.subList(1, online.size())) {
      findings.add(
          Finding.warning(
              DELIVERY_RULE,
              at(extra.at(), extra.file()),
              "LMS packages deliver one online assessment, "
                  + online.get(0).id()
                  + ", so "
                  + extra.id()
                  + " is not in the packages. Combine the forms into one assessment, or give "
                  + extra.id()
                  + " `delivery: { mode: in-person }` if it is taken outside the LMS."));
    }
    Assessment chosen = online.get(0);
    CourseIndex index = CourseIndex.of(course);
    List<Item> deliverable = new ArrayList<>();
    for (Item item : index.pool(chosen)) {
      if (scorable(item)) {
        deliverable.add(item);
      } else if (item.at() != null) {
        findings.add(
            Finding.warning(
                DELIVERY_RULE,
                item.at(),
                "Summative item "
                    + item.id()
                    + " cannot be scored in the browser (type "
                    + item.type()
                    + "), so the LMS packages leave it out of the "
                    + chosen.id()
                    + " pool. Score it outside the LMS, or rewrite it as a single, multiple,"
                    + " numeric, short or matching item."));
      }
    }
    Integer wanted = chosen.pool() == null ? null : chosen.pool().draw();
    int draw = wanted == null || wanted <= 0 ? deliverable.size() : wanted;
    if (draw > deliverable.size()) {
      findings.add(
          Finding.warning(
              DELIVERY_RULE,
              at(chosen.at(), chosen.file()),
              "The "
                  + chosen.id()
                  + " pool has "
                  + deliverable.size()
                  + " items a package can deliver but draws "
                  + draw
                  + ", so packaged attempts draw "
                  + deliverable.size()
                  + ". Add items to the pool or lower `pool.draw`."));
      draw = deliverable.size();
    }
    return new PackagePlan.AssessmentEntry(
        chosen, SitePages.titleOf(chosen.id()), deliverable, draw);
  }

  private boolean scorable(Item item) {
    return item.type() != null
        && SCORABLE.contains(item.type())
        && itemViews.view(item, "probe").isPresent();
  }

  /**
   * The passing score as a percentage of the form's points: the score itself on a percent scale; on
   * a points scale, the share of the points one drawn form is worth (the average item's points
   * times the draw when items differ).
   */
  private BigDecimal masteryPercent(
      Program program,
      Program.PassingStandard standard,
      PackagePlan.AssessmentEntry assessment,
      List<Finding> findings) {
    if (standard == null || standard.score() == null) {
      return null;
    }
    String scale = standard.scale() == null ? "percent" : standard.scale();
    BigDecimal percent;
    if ("points".equals(scale)) {
      BigDecimal max = formPoints(assessment);
      percent =
          max.signum() == 0
              ? null
              : standard.score().multiply(HUNDRED).divide(max, 4, RoundingMode.HALF_UP);
    } else if ("percent".equals(scale)) {
      percent = standard.score();
    } else {
      percent = null;
    }
    if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
      findings.add(
          Finding.error(
              MASTERY_RULE,
              at(program.at(), "program.yml"),
              "The passing standard ("
                  + standard.score().toPlainString()
                  + " "
                  + scale
                  + ") cannot be written into the LMS packages: it must be more than 0 and at"
                  + " most 100 percent of the assessment's points. Check"
                  + " `completion.passing_standard`, e.g. `{ score: 80, scale: percent }`."));
      return null;
    }
    return percent.stripTrailingZeros();
  }

  private static BigDecimal formPoints(PackagePlan.AssessmentEntry assessment) {
    List<BigDecimal> points = assessment.items().stream().map(PackagePlans::points).toList();
    if (points.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal total = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (assessment.draw() >= points.size()) {
      return total;
    }
    return total
        .multiply(BigDecimal.valueOf(assessment.draw()))
        .divide(BigDecimal.valueOf(points.size()), 4, RoundingMode.HALF_UP);
  }

  static BigDecimal points(Item item) {
    return item.points() == null || item.points().signum() <= 0 ? BigDecimal.ONE : item.points();
  }

  private static SourceRef at(SourceRef at, String file) {
    return at != null ? at : SourceRef.startOf(file == null ? "program.yml" : file);
  }

  private static String text(String value, String fallback) {
    return value == null || value.isBlank()
        ? Objects.requireNonNullElse(fallback, "")
        : value.strip();
  }
}
