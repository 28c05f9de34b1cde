package org.coursekit.rules.builtin;

import java.util.List;
import java.util.function.Predicate;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Program;

/**
 * What the landing page must tell a learner before enrolling (DSC-001), where program.yml declares
 * it, and the id of the element the published landing page shows it in. The rule checks the
 * sources; the site build checks the rendered page with the same list.
 */
public enum LandingPageFact {
  PURPOSE(
      "the program's purpose",
      "purpose",
      "purpose: Prepare newly hired technicians to receive and store cell products safely",
      p -> has(p.purpose()),
      "purpose",
      "PRG-001"),
  SCOPE(
      "what the program covers",
      "scope.includes",
      "includes: [receipt and inspection of dry shippers]",
      p -> p.scope() != null && hasAny(p.scope().includes()),
      "scope",
      "PRG-001"),
  EXCLUSIONS(
      "what the program does not cover",
      "scope.excludes",
      "excludes: [clinical administration]",
      p -> p.scope() != null && hasAny(p.scope().excludes()),
      "scope-excludes",
      "PRG-001"),
  AUDIENCE(
      "who the program is for",
      "intended_audience.description",
      "description: Newly hired cell therapy technicians",
      p -> p.audience() != null && has(p.audience().description()),
      "audience",
      "PRG-001"),
  PREREQUISITES(
      "the prerequisites",
      "prerequisites",
      "prerequisites: [Site GMP orientation]` (or `prerequisites: []` with `prerequisites_none:"
          + " true`",
      p -> hasAny(p.prerequisites()) || p.prerequisitesNone(),
      "prerequisites",
      "PRG-001"),
  OUTCOMES(
      "the intended learning outcomes",
      "outcomes",
      "outcomes: [{ id: PO-1, text: Perform receipt checks on a cell product shipment, bloom_level:"
          + " apply }]",
      p -> p.outcomes().stream().anyMatch(o -> has(o.text())),
      "outcomes",
      "PRG-002"),
  COMPLETION(
      "what a learner must do to earn the certificate",
      "completion.requires",
      "requires: [all-modules, assessment:final-exam]",
      p -> p.completion() != null && !p.completion().requires().isEmpty(),
      "completion",
      "PRG-004"),
  PASSING_STANDARD(
      "the passing standard",
      "completion.passing_standard.score",
      "passing_standard: { score: 80, scale: percent }",
      p ->
          p.completion() != null
              && p.completion().passingStandard() != null
              && p.completion().passingStandard().score() != null,
      "passing-standard",
      "PRG-006"),
  ATTEMPTS(
      "how many attempts a learner has",
      "completion.attempts.max",
      "attempts: { max: 3, wait_days: 7 }",
      p ->
          p.completion() != null
              && p.completion().attempts() != null
              && p.completion().attempts().max() != null,
      "attempts",
      "DSC-001"),
  CONTACT_HOURS(
      "the contact hours",
      "contact_hours",
      "contact_hours: 3.0",
      p -> p.contactHours() != null,
      "credits",
      "PRG-008"),
  CERTIFICATE_TERM(
      "how long the certificate is valid",
      "certificate.term",
      "term: P3Y",
      p -> p.certificate() != null && has(p.certificate().term()),
      "certificate-term",
      "PRG-005"),
  DELIVERY_FORMAT(
      "the delivery format",
      "design_plan.delivery_mode",
      "delivery_mode: online",
      p -> p.designPlan() != null && has(p.designPlan().deliveryMode()),
      "delivery-format",
      "DSC-001"),
  TECHNICAL_REQUIREMENTS(
      "the technical requirements",
      "design_plan.technical_requirements",
      "technical_requirements: A current web browser with JavaScript enabled",
      p -> p.designPlan() != null && has(p.designPlan().technicalRequirements()),
      "technical-requirements",
      "DSC-001"),
  FEES(
      "the fees, cancellation and refund policy",
      "policies.fees_refunds",
      "fees_refunds: https://example.org/policies/fees",
      p -> hasPolicy(p, "fees_refunds"),
      "policy-fees-refunds",
      "DSC-001"),
  ACCOMMODATIONS(
      "how to ask for accommodations",
      "policies.accommodations",
      "accommodations: https://example.org/policies/accommodations",
      p -> hasPolicy(p, "accommodations"),
      "accommodations",
      "DSC-001"),
  APPEALS(
      "how to complain or appeal a decision",
      "policies.appeals",
      "appeals: https://example.org/policies/appeals",
      p -> hasPolicy(p, "appeals"),
      "appeals",
      "DSC-001");

  private final String label;
  private final String key;
  private final String example;
  private final Predicate<Program> present;
  private final String htmlId;
  private final String owner;

  LandingPageFact(
      String label,
      String key,
      String example,
      Predicate<Program> present,
      String htmlId,
      String owner) {
    this.label = label;
    this.key = key;
    this.example = example;
    this.present = present;
    this.htmlId = htmlId;
    this.owner = owner;
  }

  /**
   * The rule that reports the fact missing from program.yml: the rule whose subject the field is
   * (PRG-001 the program profile, PRG-005 the certificate term…), or DSC-001 for facts only the
   * landing page needs. One missing field gives one finding; DSC-001 still checks that the
   * published page shows every fact that is declared.
   */
  public String owner() {
    return owner;
  }

  /** What learners learn from it, e.g. "the passing standard". */
  public String label() {
    return label;
  }

  /** Its place in program.yml, e.g. {@code completion.passing_standard.score}. */
  public String key() {
    return key;
  }

  /** A correct line to quote in messages. */
  String example() {
    return example;
  }

  public boolean presentIn(Program program) {
    return present.test(program);
  }

  /** Where program.yml declares it, or the mapping it belongs in. */
  public SourceRef at(Program program) {
    return YamlPaths.at(program.source(), key);
  }

  /** The id of the landing page element that shows it. */
  public String htmlId() {
    return htmlId;
  }

  private static boolean has(String text) {
    return !YamlPaths.blank(text);
  }

  private static boolean hasAny(List<String> texts) {
    return texts.stream().anyMatch(LandingPageFact::has);
  }

  private static boolean hasPolicy(Program program, String name) {
    return program.policies().stream().anyMatch(p -> name.equals(p.name()) && has(p.target()));
  }
}
