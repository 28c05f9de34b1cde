package org.coursekit.site;

import java.util.List;

/**
 * The landing page ({@code index.ftlh}): everything a learner must see before enrolling (DSC-001).
 * Values the author left out are null or empty and the template leaves them out. HTML-valued
 * components ({@code …Html}) are rendered Markdown; every other string is plain text.
 */
public record LandingPage(
    String title,
    String version,
    String purposeHtml,
    List<String> includes,
    List<String> excludes,
    String audience,
    String level,
    List<String> prerequisites,
    boolean prerequisitesNone,
    List<OutcomeView> outcomes,
    String deliveryMode,
    String technicalRequirements,
    List<Requirement> requirements,
    String passingScore,
    String passingRule,
    List<String> outcomeMinimums,
    String attempts,
    String totalDuration,
    String contactHours,
    List<String> credits,
    String certificateTerm,
    String disclaimer,
    String designation,
    String accreditation,
    String disclosureHtml,
    List<PolicyLink> policies,
    PolicyLink appeals,
    PolicyLink accommodations,
    List<NavLink> modules,
    String startHref) {

  /** A program outcome. */
  public record OutcomeView(String id, String text) {}

  /** One thing a learner must do to earn the certificate, with an optional note. */
  public record Requirement(String text, String note) {}

  /**
   * A policy: the id of its element on the page ({@code policy-fees-refunds}), its human label and
   * where it is published.
   */
  public record PolicyLink(String id, String label, String href, boolean external) {}

  public LandingPage {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    prerequisites = List.copyOf(prerequisites);
    outcomes = List.copyOf(outcomes);
    requirements = List.copyOf(requirements);
    outcomeMinimums = List.copyOf(outcomeMinimums);
    credits = List.copyOf(credits);
    policies = List.copyOf(policies);
    modules = List.copyOf(modules);
  }
}
