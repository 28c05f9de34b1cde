package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;
import static org.coursekit.rules.builtin.YamlPaths.blank;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/** PRG-005: the certificate term is an ISO-8601 duration or {@code lifetime}, with a rationale. */
final class CertificateTerm implements Rule {

  static final String LIFETIME = "lifetime";

  @Override
  public String id() {
    return "PRG-005";
  }

  @Override
  public String name() {
    return "Certificate term and rationale are declared";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "E2659-18 3.1.14 and 6.1.4 (Note 4): the issuer sets how long the content stays"
        + " current and documents why, from the purpose, scope and the rate at which guidance"
        + " and regulation change; the expiry date on each certificate is derived from it.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null) {
      return;
    }
    Program.Certificate certificate = program.certificate();
    String term = certificate == null ? null : certificate.term();
    if (blank(term)) {
      context.report(
          at(program.source(), "certificate.term"),
          "program.yml has no `certificate.term`: say how long the certificate stays current"
              + " (E2659-18 6.1.4). Add it as an ISO-8601 duration, e.g. `term: P3Y` for three"
              + " years, or `term: lifetime`.");
    } else if (duration(term).isEmpty()) {
      context.report(
          at(program.source(), "certificate.term"),
          "`certificate.term` is `"
              + term
              + "`, which is neither an ISO-8601 duration nor `lifetime`, so no expiry date can"
              + " be printed on the certificate (E2659-18 6.1.4). Write it as, e.g., `P3Y` (three"
              + " years), `P18M` (18 months) or `lifetime`.");
    }
    if (certificate == null || blank(certificate.termRationale())) {
      context.report(
          at(program.source(), "certificate.term_rationale"),
          "program.yml has no `certificate.term_rationale`: explain why the term fits, e.g. how"
              + " often the guidance and regulations behind the content change (E2659-18 6.1.4,"
              + " Note 4). Add it, e.g. `term_rationale: The labelling standards and FDA guidance"
              + " taught here are revised about every three years`.");
    }
  }

  /**
   * The program's certificate term as a period, for rules that compare dates with it (REV-002):
   * empty when there is none, it is {@code lifetime}, or it is not a positive ISO-8601 duration
   * (PRG-005 reports those).
   */
  static Optional<Period> period(Program program) {
    if (program.certificate() == null || program.certificate().term() == null) {
      return Optional.empty();
    }
    return duration(program.certificate().term()).filter(period -> !period.isZero());
  }

  /**
   * The positive period a term stands for, or empty when it is not one. {@code lifetime} reads as a
   * zero period (no expiry).
   */
  static Optional<Period> duration(String term) {
    if (LIFETIME.equals(term.strip())) {
      return Optional.of(Period.ZERO);
    }
    try {
      Period period = Period.parse(term.strip());
      return period.isNegative() || period.isZero() ? Optional.empty() : Optional.of(period);
    } catch (DateTimeParseException notAPeriod) {
      return Optional.empty();
    }
  }
}
