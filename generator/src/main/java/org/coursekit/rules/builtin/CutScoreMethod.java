package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;
import static org.coursekit.rules.builtin.YamlPaths.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coursekit.diag.Severity;
import org.coursekit.diag.Suggestions;
import org.coursekit.history.CourseHistory;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.model.Person;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/**
 * PRG-007: the cut score was set by a recognised standard-setting method, on a date, by a panel of
 * subject-matter experts, with a report; and the items and blueprint have not changed since.
 */
final class CutScoreMethod implements Rule {

  static final String MIN_PANEL = "min_panel";
  static final String PANEL_ROLE = "panel_role";

  /** Criterion-referenced standard-setting methods; {@code other} needs a justification. */
  static final List<String> METHODS =
      List.of(
          "modified-angoff",
          "angoff",
          "ebel",
          "nedelsky",
          "bookmark",
          "borderline-group",
          "contrasting-groups",
          "hofstee",
          "other");

  private static final String OTHER = "other";
  private static final String FIXED_PERCENTAGE = "fixed-percentage";
  private static final int SHOWN_FILES = 5;

  @Override
  public String id() {
    return "PRG-007";
  }

  @Override
  public String name() {
    return "Cut score set by a documented, defensible method";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "ICE accreditation council (insufficient psychometric evidence) and criterion-referenced"
        + " standard-setting practice: a cut score must come from a recognised method applied by"
        + " a panel of subject-matter experts on a known date and be documented in a report; a"
        + " fixed percentage is not evidence. When the items or blueprint change after the panel"
        + " met, the cut score needs review.";
  }

  @Override
  public Set<String> optionNames() {
    return Set.of(MIN_PANEL, PANEL_ROLE);
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null
        || program.completion() == null
        || program.completion().passingStandard() == null) {
      return; // PRG-004 and PRG-006 report a missing completion or passing standard
    }
    Program.PassingStandard standard = program.completion().passingStandard();
    YamlMap root = program.source();
    checkMethod(standard, root, context);
    if (standard.setOn() == null) {
      context.report(
          at(root, "completion.passing_standard.set_on"),
          "The passing standard has no `set_on` date: record when the panel set the cut score, so"
              + " reviewers can tell whether later item changes affect it (ICE 1100). Add it, e.g."
              + " `set_on: 2026-03-12`.");
    }
    checkPanel(standard, root, context);
    if (blank(standard.report())) {
      context.report(
          at(root, "completion.passing_standard.report"),
          "The passing standard names no standard-setting `report`; the report is the evidence"
              + " accreditors ask for (ICE 1100). Add the document to the course and name it, e.g."
              + " `report: docs/standard-setting-2026.md`.");
    }
    if (standard.setOn() != null && context.history().available()) {
      checkChangesSince(course, standard.setOn(), root, context);
    }
  }

  private static void checkMethod(
      Program.PassingStandard standard, YamlMap root, RuleContext context) {
    String method = standard.method() == null ? "" : standard.method().strip();
    // "Modified Angoff" and "modified_angoff" are the same method as "modified-angoff".
    String normalised = method.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    String example = "e.g. `method: modified-angoff`";
    if (method.isEmpty()) {
      context.report(
          at(root, "completion.passing_standard.method"),
          "The passing standard names no standard-setting `method`, so nothing shows how the cut"
              + " score was chosen (ICE 1100). Name the method the panel used, "
              + example
              + "; accepted: "
              + String.join(", ", METHODS)
              + ".");
    } else if (normalised.equals(FIXED_PERCENTAGE)) {
      context.report(
          at(root, "completion.passing_standard.method"),
          "The cut score is a fixed percentage, which says nothing about the competence a"
              + " passing learner has (ICE 1100; criterion-referenced standard setting). Have a"
              + " panel of SMEs set it with a recognised method and record it, "
              + example
              + ".");
    } else if (!METHODS.contains(normalised)) {
      String hint = Suggestions.didYouMean(normalised, METHODS);
      context.report(
          at(root, "completion.passing_standard.method"),
          "`method: "
              + method
              + "` is not a standard-setting method CourseKit knows (ICE 1100). "
              + (hint.isEmpty() ? "" : hint + " ")
              + "Use one of "
              + String.join(", ", METHODS)
              + "; with `other`, explain the method in `justification`.");
    } else if (normalised.equals(OTHER) && blank(standard.justification())) {
      context.report(
          at(root, "completion.passing_standard.justification"),
          "`method: other` needs a `justification` that names the method and why it suits the"
              + " program (ICE 1100). Add it, e.g. `justification: Hofstee compromise adapted for"
              + " a performance task, see the report`.");
    }
  }

  private static void checkPanel(
      Program.PassingStandard standard, YamlMap root, RuleContext context) {
    int minimum = context.intOption(MIN_PANEL, 3);
    String role = context.textOption(PANEL_ROLE, "sme");
    List<String> qualified =
        context.index().people(standard.panel()).stream()
            .filter(person -> person.hasRole(role))
            .map(Person::id)
            .distinct()
            .toList();
    if (qualified.size() >= minimum) {
      return;
    }
    String who =
        qualified.isEmpty() ? "none" : qualified.size() + " (" + String.join(", ", qualified) + ")";
    context.report(
        at(root, "completion.passing_standard.panel"),
        "The standard-setting panel must have at least "
            + minimum
            + " people from people.yml with the role `"
            + role
            + "`; it has "
            + who
            + " (ICE 1100: qualified SMEs set the cut score). List the panel members, e.g."
            + " `panel: [sme-chen, sme-okafor, sme-ali]`, and give each `roles: ["
            + role
            + "]` in people.yml.");
  }

  /** Warns when pool items or the forms' blueprints changed after the panel met. */
  private static void checkChangesSince(
      Course course, LocalDate setOn, YamlMap root, RuleContext context) {
    List<Assessment> forms = RequiredAssessments.of(course);
    if (forms.isEmpty()) {
      forms = FormItems.summativeForms(course);
    }
    Set<String> files = new TreeSet<>();
    for (Assessment form : forms) {
      files.add(form.file());
      context.index().pool(form).stream().map(Item::file).forEach(files::add);
    }
    CourseHistory history = context.history();
    List<String> changed = new ArrayList<>();
    for (String file : files) {
      Optional<LocalDate> date = history.lastChanged(file);
      if (date.isPresent() && date.get().isAfter(setOn)) {
        changed.add(file + " (" + date.get() + ")");
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    String shown =
        changed.stream().limit(SHOWN_FILES).collect(Collectors.joining(", "))
            + (changed.size() > SHOWN_FILES
                ? " and " + (changed.size() - SHOWN_FILES) + " more"
                : "");
    context.report(
        Severity.WARNING,
        at(root, "completion.passing_standard.set_on"),
        "The cut score was set on "
            + setOn
            + ", but "
            + changed.size()
            + (changed.size() == 1 ? " file" : " files")
            + " it rests on changed later (git): "
            + shown
            + ". A changed item pool or blueprint can make the cut score wrong (ICE 1100). Have"
            + " the panel review the cut score for the changed items, then update `set_on` and"
            + " the report.");
  }
}
