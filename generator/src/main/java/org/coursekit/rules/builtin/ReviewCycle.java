package org.coursekit.rules.builtin;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Program;
import org.coursekit.model.Review;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/**
 * REV-002: the program and every module have a {@code next_review_due} no later than one review
 * cycle ({@code review.cycle_months}, else the program's, else 12 months) and one certificate term
 * after {@code reviewed_on}; due within 60 days is a warning, overdue an error.
 */
final class ReviewCycle implements Rule {

  private static final int DEFAULT_CYCLE_MONTHS = 12;
  private static final int WARNING_DAYS = 60;
  private static final String WHY =
      "Content must be reviewed often enough to stay current for the whole certificate term"
          + " (E2659-18 6.1.4).";

  @Override
  public String id() {
    return "REV-002";
  }

  @Override
  public String name() {
    return "Review cycle is current";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "The certificate term rests on content being current (E2659-18 3.1.14, 6.1.4): the"
        + " program and each module declare `next_review_due` within one review cycle (default 12"
        + " months) and one certificate term of `reviewed_on`; a warning 60 days before it is due,"
        + " an error once it is past.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = ReadableFiles.program(course);
    Integer programCycle =
        program == null || program.review() == null ? null : program.review().cycleMonths();
    Optional<Period> term = program == null ? Optional.empty() : CertificateTerm.period(program);
    if (program != null) {
      check("the program", program.source(), program.review(), programCycle, term, context);
    }
    for (CourseModule module : ReadableFiles.modules(course)) {
      check(
          "module " + Labels.module(module),
          module.source(),
          module.review(),
          programCycle,
          term,
          context);
    }
  }

  private static void check(
      String label,
      YamlMap source,
      Review review,
      Integer programCycle,
      Optional<Period> term,
      RuleContext context) {
    if (review == null) {
      return; // REV-001 reports the missing review.
    }
    int cycle =
        review.cycleMonths() != null
            ? review.cycleMonths()
            : programCycle != null ? programCycle : DEFAULT_CYCLE_MONTHS;
    LocalDate reviewedOn = review.reviewedOn();
    LocalDate due = review.nextReviewDue();
    if (review.cycleMonths() != null && term.isPresent() && exceeds(cycle, term.get())) {
      context.report(
          YamlPaths.at(source, "review.cycle_months"),
          "The review cycle of "
              + label
              + " ("
              + cycle
              + " months) is longer than the certificate term ("
              + term.get()
              + "), so a certificate could outlive the review of what it certifies. "
              + WHY
              + " Shorten the cycle, e.g. `cycle_months: 12`.");
    }
    if (due == null) {
      context.report(
          YamlPaths.at(source, "review.next_review_due"),
          "The review of "
              + label
              + " has no `next_review_due`. "
              + WHY
              + " Add the date of the next review, e.g. `next_review_due: "
              + (reviewedOn == null ? "2027-10-01" : reviewedOn.plusMonths(cycle))
              + "`.");
      return;
    }
    if (reviewedOn != null) {
      checkLimit(label, source, reviewedOn, due, cycle, term, context);
    }
    LocalDate today = context.today();
    if (today.isAfter(due)) {
      context.report(
          Severity.ERROR,
          YamlPaths.at(source, "review.next_review_due"),
          "The review of "
              + label
              + " was due on "
              + due
              + " and is overdue. "
              + WHY
              + " Have an SME review it, then update `reviewed_on` and `next_review_due`.");
    } else if (!today.isBefore(due.minusDays(WARNING_DAYS))) {
      long days = ChronoUnit.DAYS.between(today, due);
      context.report(
          YamlPaths.at(source, "review.next_review_due"),
          "The review of "
              + label
              + " is due on "
              + due
              + (days == 0 ? ", today" : ", in " + days + (days == 1 ? " day" : " days"))
              + ". "
              + WHY
              + " Plan the SME review now, then update `reviewed_on` and `next_review_due`.");
    }
  }

  private static void checkLimit(
      String label,
      YamlMap source,
      LocalDate reviewedOn,
      LocalDate due,
      int cycle,
      Optional<Period> term,
      RuleContext context) {
    LocalDate cycleLimit = reviewedOn.plusMonths(cycle);
    LocalDate termLimit = term.map(reviewedOn::plus).orElse(cycleLimit);
    boolean termBinds = termLimit.isBefore(cycleLimit);
    LocalDate limit = termBinds ? termLimit : cycleLimit;
    if (!due.isAfter(limit)) {
      return;
    }
    context.report(
        YamlPaths.at(source, "review.next_review_due"),
        "The next review of "
            + label
            + " is due on "
            + due
            + ", later than "
            + (termBinds
                ? "one certificate term (" + term.get() + ")"
                : "one review cycle (" + cycle + " months)")
            + " after its review on "
            + reviewedOn
            + ". "
            + WHY
            + " Set `next_review_due: "
            + limit
            + "` or earlier.");
  }

  /**
   * True when a cycle of whole months outlasts {@code term} (its days count as part of a month).
   */
  private static boolean exceeds(int cycleMonths, Period term) {
    return cycleMonths > term.normalized().toTotalMonths();
  }
}
