package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coursekit.diag.Severity;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.model.Ref;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * PRG-004: completion requires passing a summative assessment, not only viewing modules or spending
 * time. The passing standard itself is PRG-006's.
 */
final class CertificateByAssessment implements Rule {

  @Override
  public String id() {
    return "PRG-004";
  }

  @Override
  public String name() {
    return "Certificate is earned by assessment";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "E2659 1.4 and 4.1.4, ICE 1100 (c): a certificate program issues certificates only to"
        + " learners who pass an assessment against a passing standard; attendance or time spent"
        + " is not enough. PRG-006 checks the passing standard; gating the certificate on"
        + " success in the SCORM package (success_status or lesson_status passed) is checked"
        + " when packages are built.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null) {
      return;
    }
    Program.Completion completion = program.completion();
    if (completion == null) {
      context.report(
          at(program.source(), "completion"),
          "program.yml has no `completion`: say what a learner must do to earn the certificate,"
              + " which must include passing a summative assessment (E2659 1.4; ICE 1100). Add"
              + " it, e.g. `completion: { requires: [all-modules, assessment:final-exam] }`.");
      return;
    }
    List<Ref> assessmentRefs =
        completion.requires().stream()
            .filter(r -> RequiredAssessments.assessmentId(r).isPresent())
            .toList();
    if (assessmentRefs.isEmpty()) {
      String listed =
          completion.requires().isEmpty()
              ? "nothing"
              : completion.requires().stream()
                  .map(r -> "`" + r.id() + "`")
                  .collect(Collectors.joining(", "));
      context.report(
          at(program.source(), "completion.requires"),
          "`completion.requires` lists "
              + listed
              + ", so the certificate would be earned by viewing modules or spending time, not by"
              + " passing an assessment (E2659 1.4; ICE 1100). Add the summative assessment,"
              + " e.g. `requires: [all-modules, assessment:final-exam]`.");
      return;
    }
    for (Ref ref : assessmentRefs) {
      String id = RequiredAssessments.assessmentId(ref).orElseThrow();
      Optional<Assessment> assessment =
          course.assessments().stream().filter(a -> id.equals(a.id())).findFirst();
      // An id that names no assessment is GEN-001's finding.
      if (assessment.isPresent() && !RequiredAssessments.summative(assessment.get())) {
        context.report(
            ref.at(),
            "`"
                + ref.id()
                + "` names an assessment with `use: "
                + assessment.get().use()
                + "`; only a summative assessment can earn the certificate (E2659 1.4; ICE"
                + " 1100). Set `use: summative` in "
                + assessment.get().file()
                + " or name the summative assessment instead.");
      }
    }
  }
}
