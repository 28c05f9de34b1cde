package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.rules.Rule;

/**
 * The PRG rules: the program profile, outcomes, completion and certificate (PRG-001 to PRG-013).
 */
final class ProgramRules {
  private ProgramRules() {}

  static List<Rule> all() {
    return List.of(
        new ProgramProfile(),
        new ProgramOutcomes(),
        new OutcomeTraceability(),
        new CertificateByAssessment(),
        new CertificateTerm(),
        new PassingStandardDeclared(),
        new CutScoreMethod(),
        new ContactHours(),
        new CognitiveProfile(),
        new PerformanceClaims(),
        new SubstantiveChange(),
        new EvaluationCurrent(),
        new AiUseReviewed());
  }
}
