package org.coursekit.rules.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.history.CourseHistory;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Person;
import org.coursekit.model.Program;
import org.coursekit.model.Ref;
import org.coursekit.model.Review;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/**
 * REV-001: the program and every module were approved by a qualified SME (role {@code sme}, listed
 * qualifications, not the only author) on or after the last change to their file in version
 * control. Without history, one info finding says the dates could not be compared.
 */
final class QualifiedReview implements Rule {

  private static final String PROGRAM_FILE = "program.yml";
  private static final String WHY =
      "Content must be approved by a qualified subject-matter expert after its last substantive"
          + " change (ICE ACAP area 4; CACS; ACCME SII Standard 1).";

  @Override
  public String id() {
    return "REV-001";
  }

  @Override
  public String name() {
    return "Reviewed by a qualified SME after the last change";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "Accreditors expect documented review by qualified SMEs of the content as it stands"
        + " (ICE ACAP area 4; CACS; ACCME SII 1; ACPE Std 6): an approved review by a roster SME"
        + " with qualifications, not the only author, dated on or after the file's last change in"
        + " Git.";
  }

  /** What was reviewed: the program or one module. */
  private record Reviewed(
      String label, String file, YamlMap source, Review review, List<Ref> authors) {}

  @Override
  public void check(Course course, RuleContext context) {
    List<Reviewed> reviewed = new ArrayList<>();
    Program program = ReadableFiles.program(course);
    if (program != null) {
      reviewed.add(
          new Reviewed("the program", PROGRAM_FILE, program.source(), program.review(), List.of()));
    }
    for (CourseModule module : ReadableFiles.modules(course)) {
      reviewed.add(
          new Reviewed(
              "module " + Labels.module(module),
              module.file(),
              module.source(),
              module.review(),
              module.authors()));
    }
    CourseHistory history = context.history();
    if (!history.available() && !reviewed.isEmpty()) {
      context.report(
          Severity.INFO,
          SourceRef.startOf(PROGRAM_FILE),
          "Review dates were not compared with the last change of each file, because the"
              + " course's version history is not available (the course folder is not in a Git"
              + " repository, or Git could not be read). REV-001 asks that content be reviewed"
              + " after its last substantive change; build from a Git checkout to have it"
              + " checked.");
    }
    // Without the roster, no reviewer can be judged; the loader reported why.
    boolean roster = ReadableFiles.readable(course, ReadableFiles.PEOPLE);
    for (Reviewed target : reviewed) {
      check(target, roster, history, context);
    }
  }

  private static void check(
      Reviewed target, boolean roster, CourseHistory history, RuleContext context) {
    Review review = target.review();
    if (review == null) {
      context.report(
          target.source().positionOf("review"),
          capitalised(target.label())
              + " has no `review` record. "
              + WHY
              + " Add e.g. `review: { reviewers: [sme-chen], reviewed_on: 2026-10-15, decision:"
              + " approved, next_review_due: 2027-10-01 }`.");
      return;
    }
    if (roster) {
      checkReviewers(target, context);
    }
    if (!"approved".equals(review.decision())) {
      context.report(
          YamlPaths.at(target.source(), "review.decision"),
          "The review of "
              + target.label()
              + (review.decision() == null
                  ? " records no `decision`"
                  : " records the decision " + Labels.code(review.decision()))
              + ", not `approved`. "
              + WHY
              + " When the SME approves it, set `decision: approved`.");
    }
    LocalDate reviewedOn = review.reviewedOn();
    if (reviewedOn == null) {
      context.report(
          YamlPaths.at(target.source(), "review.reviewed_on"),
          "The review of "
              + target.label()
              + " has no `reviewed_on` date. "
              + WHY
              + " Add the date of the SME's approval, e.g. `reviewed_on: 2026-10-15`.");
      return;
    }
    Optional<LocalDate> changed =
        history.available() ? history.lastChanged(target.file()) : Optional.empty();
    if (changed.isPresent() && changed.get().isAfter(reviewedOn)) {
      context.report(
          YamlPaths.at(target.source(), "review.reviewed_on"),
          capitalised(target.label())
              + " changed on "
              + changed.get()
              + " (last commit to "
              + target.file()
              + "), after its review on "
              + reviewedOn
              + ". "
              + WHY
              + " Have an SME review the current version and update `reviewed_on`.");
    }
  }

  private static void checkReviewers(Reviewed target, RuleContext context) {
    List<Person> reviewers = context.index().people(target.review().reviewers());
    if (reviewers.stream().anyMatch(p -> Reviewers.qualifiedSme(p, target.authors()))) {
      return;
    }
    List<String> reasons = new ArrayList<>();
    for (Person person : reviewers) {
      if (!person.hasRole(Reviewers.SME)) {
        reasons.add(Labels.code(person.id()) + " does not have the role `sme`");
      } else if (Reviewers.soleAuthor(person, target.authors())) {
        reasons.add(Labels.code(person.id()) + " is its only author");
      } else {
        reasons.add(Labels.code(person.id()) + " has no `qualifications` in people.yml");
      }
    }
    context.report(
        YamlPaths.at(target.source(), "review.reviewers"),
        "No reviewer of "
            + target.label()
            + " is a qualified SME"
            + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons))
            + ". "
            + WHY
            + " Add a person from people.yml with the role `sme` and listed `qualifications` who"
            + " is not the only author, e.g. `reviewers: [sme-chen]`.");
  }

  private static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
