package org.coursekit.rules;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Course;
import org.coursekit.rules.builtin.BuiltinRules;

/**
 * Runs a fixed set of rules on a course and applies the course's own rule settings (coursekit.yml
 * severities and options, {@code lint.ignore} suppressions). Immutable, so one validator can check
 * any number of courses.
 */
public final class CourseValidator {

  private final List<Rule> rules;

  /**
   * A validator for {@code rules}, kept in id order (they run in parallel; their findings are
   * sorted).
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public CourseValidator(List<Rule> rules) {
    List<Rule> sorted = rules.stream().sorted(Comparator.comparing(Rule::id)).toList();
    Set<String> ids = new HashSet<>();
    for (Rule rule : sorted) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("Two rules have the id " + rule.id());
      }
    }
    this.rules = sorted;
  }

  /** A validator with CourseKit's own rules. */
  public static CourseValidator builtin() {
    return new CourseValidator(new BuiltinRules().rules());
  }

  /**
   * A validator with the rules of every {@link RuleProvider} that {@code classLoader} can see
   * (CourseKit's own and those of any rule jar on the plugin's class path).
   */
  public static CourseValidator discover(ClassLoader classLoader) {
    List<Rule> found = new ArrayList<>();
    ServiceLoader.load(RuleProvider.class, classLoader)
        .forEach(provider -> found.addAll(provider.rules()));
    return new CourseValidator(found);
  }

  /** The rules, in id order. */
  public List<Rule> rules() {
    return rules;
  }

  /** Every finding of every enabled rule on {@code course}, judged today (UTC), sorted. */
  public List<Finding> validate(Course course) {
    return validate(course, ValidationOptions.on(LocalDate.now(ZoneOffset.UTC)));
  }

  /**
   * Every finding of every enabled rule on {@code course}, sorted by position, as the course's
   * settings and the profile in force configure them (see {@link Profile}), plus findings about the
   * settings themselves.
   */
  public List<Finding> validate(Course course, ValidationOptions options) {
    ValidationRun run = start(course, options);
    List<Finding> findings = new ArrayList<>(run.findings());
    findings.addAll(run.unusedSuppressions(List.of()));
    return findings.stream().sorted().toList();
  }

  /**
   * Runs every enabled rule on {@code course} like {@link #validate(Course, ValidationOptions)} and
   * keeps the run open, so the findings of the site and package builds can be configured by the
   * same settings before unused suppressions are judged.
   */
  public ValidationRun start(Course course, ValidationOptions options) {
    RuleSettings settings = RuleSettings.of(course, rules, options.profile());
    List<Finding> findings = new ArrayList<>(settings.problems());
    RuleContext.RunFacts run =
        new RuleContext.RunFacts(CourseIndex.of(course), options, settings.profile().word());
    List<RuleContext> contexts =
        rules.stream()
            .filter(rule -> !settings.isOff(rule.id()))
            .map(rule -> new RuleContext(rule, settings.options(rule.id()), run))
            .toList();
    // Rules are stateless and each reports into its own context, so they run in parallel; their
    // results are then taken in rule order, because applying the settings counts suppressions.
    List<RuleResult> results =
        contexts.parallelStream().map(context -> check(course, context)).toList();
    Set<String> failed = new HashSet<>();
    for (RuleResult result : results) {
      if (result.failure() != null) {
        findings.add(result.failure());
        failed.add(result.rule().id());
        continue;
      }
      result.findings().stream()
          .map(settings::apply)
          .flatMap(Optional::stream)
          .forEach(findings::add);
    }
    return new ValidationRun(settings, findings, failed);
  }

  /** What one rule reported, or the finding about its failure. */
  private record RuleResult(Rule rule, List<Finding> findings, Finding failure) {}

  private static RuleResult check(Course course, RuleContext context) {
    Rule rule = context.rule();
    try {
      rule.check(course, context);
    } catch (RuntimeException e) {
      // A rule bug must not hide the other rules' findings; what the rule reported before it
      // failed is incomplete, so only the failure is kept.
      return new RuleResult(rule, List.of(), failure(rule, e));
    }
    return new RuleResult(rule, context.findings(), null);
  }

  private static Finding failure(Rule rule, RuntimeException e) {
    String cause =
        e.getMessage() == null
            ? e.getClass().getName()
            : e.getClass().getName() + ": " + e.getMessage();
    return Finding.error(
        rule.id(),
        SourceRef.startOf("program.yml"),
        "Rule "
            + rule.id()
            + " ("
            + rule.name()
            + ") failed with an internal error and could not check this course ("
            + cause
            + "). This is a bug in CourseKit, not in your course: please report it with this"
            + " message. To build meanwhile, switch the rule off in coursekit.yml (`"
            + rule.id()
            + ": off`).");
  }
}
