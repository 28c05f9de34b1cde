package org.coursekit.rules.builtin;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Person;
import org.coursekit.model.Program;
import org.coursekit.model.Ref;
import org.coursekit.model.Review;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * REV-004: when the program offers ACPE, ACCME or Jointly Accredited credit, everyone who controls
 * content (roster authors, planners, reviewers and faculty, and anyone named as an author or
 * reviewer) disclosed their financial relationships within 24 months, mitigated the relevant ones,
 * and the program has a learner-facing {@code disclosure}.
 */
final class ConflictOfInterest implements Rule {

  private static final Set<String> CREDIT_TYPES = Set.of("acpe", "accme", "jointly-accredited");
  private static final List<String> CONTENT_ROLES =
      List.of("author", "planner", "reviewer", "faculty");
  private static final int DISCLOSURE_MONTHS = 24;
  private static final String WHY =
      "With ACPE, ACCME or Jointly Accredited credit, everyone who controls content must disclose"
          + " financial relationships of the past 24 months, relevant ones must be mitigated, and"
          + " learners must be told before the activity (ACCME Standards for Integrity and"
          + " Independence, Standard 3; ACPE Standard 5).";

  @Override
  public String id() {
    return "REV-004";
  }

  @Override
  public String name() {
    return "Conflict-of-interest disclosure for ACCME/ACPE/JA credit";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "ACCME SII Standard 3 and ACPE Standard 5: when the program offers ACPE, ACCME or"
        + " Jointly Accredited credit, every author, planner, reviewer and faculty member"
        + " has a conflict of interest disclosure from the last 24 months with mitigation of"
        + " relevant relationships, and program.yml has a learner-facing `disclosure`.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = ReadableFiles.program(course);
    if (program == null || program.credits().stream().noneMatch(ConflictOfInterest::triggers)) {
      return;
    }
    if (YamlPaths.blank(program.disclosure())) {
      context.report(
          program.source().positionOf("disclosure"),
          "program.yml has no `disclosure`, the statement learners see before the content. "
              + WHY
              + " Add e.g. `disclosure: None of the planners, authors or reviewers has a relevant"
              + " financial relationship with an ineligible company.`");
    }
    LocalDate oldest = context.today().minusMonths(DISCLOSURE_MONTHS);
    for (Person person : contentControllers(course, context)) {
      checkPerson(person, oldest, context);
    }
  }

  private static boolean triggers(Program.Credit credit) {
    return credit.type() != null
        && CREDIT_TYPES.contains(credit.type().strip().toLowerCase(Locale.ROOT));
  }

  /** Everyone who controls content, in roster order. */
  private static List<Person> contentControllers(Course course, RuleContext context) {
    Set<String> ids = new LinkedHashSet<>();
    for (Person person : course.people()) {
      if (CONTENT_ROLES.stream().anyMatch(person::hasRole)) {
        ids.add(person.id());
      }
    }
    if (course.program() != null) {
      addReviewers(course.program().review(), ids);
    }
    for (CourseModule module : course.modules()) {
      module.authors().forEach(ref -> ids.add(ref.id()));
      addReviewers(module.review(), ids);
    }
    for (Item item : course.items()) {
      item.authors().forEach(ref -> ids.add(ref.id()));
      addReviewers(item.review(), ids);
    }
    return course.people().stream().filter(p -> ids.contains(p.id())).toList();
  }

  private static void addReviewers(Review review, Set<String> ids) {
    if (review != null) {
      review.reviewers().stream().map(Ref::id).forEach(ids::add);
    }
  }

  private static void checkPerson(Person person, LocalDate oldest, RuleContext context) {
    Person.ConflictOfInterest coi = person.coi();
    if (coi == null || coi.disclosedOn() == null) {
      context.report(
          YamlPaths.at(person.source(), "coi.disclosed_on"),
          Labels.code(person.id())
              + " has no conflict-of-interest disclosure date. "
              + WHY
              + " Add e.g. `coi: { disclosed_on: 2026-01-15, relevant: [] }`.");
      return;
    }
    if (coi.disclosedOn().isBefore(oldest)) {
      context.report(
          YamlPaths.at(person.source(), "coi.disclosed_on"),
          Labels.code(person.id())
              + " disclosed financial relationships on "
              + coi.disclosedOn()
              + ", more than 24 months ago. "
              + WHY
              + " Collect a new disclosure and update `disclosed_on`.");
    }
    if (!coi.relevant().isEmpty() && YamlPaths.blank(coi.mitigation())) {
      context.report(
          YamlPaths.at(person.source(), "coi.mitigation"),
          Labels.code(person.id())
              + " has relevant financial relationships but no `mitigation`. "
              + WHY
              + " Say how the relationship was kept out of the content, e.g. `mitigation: A second"
              + " SME reviewed every section this person wrote.`");
    }
  }
}
