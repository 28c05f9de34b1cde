package org.coursekit.rules.builtin;

import java.util.regex.Pattern;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Objective;
import org.coursekit.model.Outcome;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * DSC-003, the part checkable in the sources: the certificate can name the program, its version,
 * its expiry (from the term) and its issuer, and every outcome and objective id can be exported as
 * a SCORM or xAPI objective identifier (a warning). A missing certificate term is reported by
 * PRG-005 alone. The certificate template and the package manifest are checked once the packaging
 * build produces them.
 */
final class CertificateData implements Rule {

  /** Safe in a SCORM 2004 objective identifier and inside an xAPI activity IRI. */
  private static final Pattern EXPORTABLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

  private static final String WHY =
      "Certificates and learner records must be traceable to the exact program and its term"
          + " (E2659-18 3.1.14; CACS Standard 4; ICE records).";

  @Override
  public String id() {
    return "DSC-003";
  }

  @Override
  public String name() {
    return "Certificates and records carry traceable data";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "Certificates and records must be traceable (E2659-18 3.1.14; CACS Standard 4; ICE;"
        + " SCORM objectives): program.yml gives the title, version, certificate term (for the"
        + " expiry date) and, with an accreditation, its body; every outcome and objective id can"
        + " be exported as a SCORM/xAPI objective id (warning). The packaging build will add"
        + " checks of the certificate template (holder name, unique certificate id, issue date)"
        + " and of the objective ids in the package manifest.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = ReadableFiles.program(course);
    if (program == null) {
      return;
    }
    if (YamlPaths.blank(program.title())) {
      context.report(
          program.source().positionOf("title"),
          "program.yml has no `title`, so the certificate cannot name the program. "
              + WHY
              + " Add e.g. `title: Cell Product Handling and Regulatory 101`.");
    }
    if (YamlPaths.blank(program.version())) {
      context.report(
          program.source().positionOf("version"),
          "program.yml has no `version`, so a certificate cannot show which version of the"
              + " program its holder passed. "
              + WHY
              + " Add e.g. `version: 1.0.0`.");
    }
    // A missing certificate.term is PRG-005's finding; one missing field gives one finding.
    if (program.accreditation() != null && YamlPaths.blank(program.accreditation().body())) {
      context.report(
          YamlPaths.at(program.source(), "accreditation.body"),
          "`accreditation` does not name the accreditation body, so the certificate's"
              + " accreditation statement cannot name it. "
              + WHY
              + " Add e.g. `body: ANAB`.");
    }
    for (Outcome outcome : program.outcomes()) {
      checkId(outcome.id(), outcome.source().positionOf("id"), "Outcome", context);
    }
    for (CourseModule module : course.modules()) {
      for (Objective objective : module.objectives()) {
        checkId(objective.id(), objective.source().positionOf("id"), "Objective", context);
      }
    }
  }

  private static void checkId(String id, SourceRef at, String noun, RuleContext context) {
    if (id == null || EXPORTABLE_ID.matcher(id).matches()) {
      return;
    }
    context.report(
        Severity.WARNING,
        at,
        noun
            + " id "
            + Labels.code(id)
            + " cannot be exported as a SCORM or xAPI objective identifier, so attainment of it"
            + " cannot be recorded per learner (SCORM 2004 objectives). Use letters, digits and"
            + " `-`, `_`, `.` or `:` only, starting with a letter or digit, e.g. `LO-M01-1`.");
  }
}
