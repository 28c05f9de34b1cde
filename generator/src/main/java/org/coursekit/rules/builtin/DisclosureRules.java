package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.rules.Rule;

/** The DSC rules: what learners see and what the certificate claims (DSC-001 to DSC-003). */
final class DisclosureRules {
  private DisclosureRules() {}

  static List<Rule> all() {
    return List.of(new LandingPageInformation(), new NoMisleadingClaims(), new CertificateData());
  }
}
