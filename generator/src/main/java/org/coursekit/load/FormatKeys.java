package org.coursekit.load;

import org.coursekit.yaml.KeySet;

/**
 * Every mapping of the course format (course-format.md, sections 2–8 and 10) with the keys it may
 * hold. Keys outside these sets are reported as FMT-004 warnings; this class is the one place to
 * change when the format grows.
 */
final class FormatKeys {

  // program.yml
  static final KeySet PROGRAM =
      KeySet.of(
          "program.yml",
          "id",
          "title",
          "version",
          "status",
          "language",
          "credential_type",
          "purpose",
          "scope",
          "intended_audience",
          "prerequisites",
          "prerequisites_none",
          "mission_alignment",
          "design_plan",
          "outcomes",
          "completion",
          "contact_hours",
          "credit",
          "certificate",
          "review",
          "evaluation",
          "quality",
          "accreditation",
          "policies",
          "modules",
          "ai_assisted",
          "disclosure",
          "changelog");
  static final KeySet SCOPE = KeySet.of("`scope`", "includes", "excludes");
  static final KeySet AUDIENCE = KeySet.of("`intended_audience`", "description", "level");
  static final KeySet DESIGN_PLAN =
      KeySet.of(
          "`design_plan`",
          "needs_analysis",
          "delivery_mode",
          "technical_requirements",
          "rationale");
  static final KeySet OUTCOME =
      KeySet.of(
          "a program outcome",
          "id",
          "text",
          "bloom_level",
          "domain",
          "performance",
          "condition",
          "criterion");
  static final KeySet COMPLETION =
      KeySet.of("`completion`", "requires", "passing_standard", "attempts");
  static final KeySet PASSING_STANDARD =
      KeySet.of(
          "`passing_standard`",
          "score",
          "scale",
          "rule",
          "method",
          "justification",
          "set_on",
          "panel",
          "report",
          "per_outcome_minimum");

  /** Outcome ids chosen by the author; nothing to suggest. */
  static final KeySet PER_OUTCOME_MINIMUM = KeySet.openWith("`per_outcome_minimum`");

  static final KeySet ATTEMPTS = KeySet.of("`attempts`", "max", "wait_days");
  static final KeySet CREDIT = KeySet.of("a `credit` entry", "type", "amount", "unit");
  static final KeySet CERTIFICATE =
      KeySet.of("`certificate`", "term", "term_rationale", "disclaimer", "designation");
  static final KeySet EVALUATION =
      KeySet.of(
          "`evaluation`",
          "plan",
          "cycle_months",
          "instruments",
          "last_completed",
          "reevaluate_for");
  static final KeySet QUALITY = KeySet.of("`quality`", "internal_audit_on", "management_review_on");
  static final KeySet ACCREDITATION =
      KeySet.of("`accreditation`", "body", "standard", "status", "scope");

  /** Any policy name is accepted; these are the ones the format names (near misses are typos). */
  static final KeySet POLICIES =
      KeySet.openWith(
          "`policies`",
          "fees_refunds",
          "nondiscrimination",
          "advisory_group",
          "automation",
          "accommodations",
          "appeals");

  // shared by program.yml, modules and items
  static final KeySet REVIEW =
      KeySet.of(
          "`review`",
          "reviewers",
          "reviewed_on",
          "decision",
          "status",
          "next_review_due",
          "cycle_months");

  // modules/<id>.md front matter
  static final KeySet MODULE =
      KeySet.of(
          "a module's front matter",
          "id",
          "title",
          "version",
          "duration_minutes",
          "counted",
          "prerequisites",
          "objectives",
          "authors",
          "review",
          "references",
          "ai_assisted",
          "lint");
  static final KeySet OBJECTIVE =
      KeySet.of(
          "an objective",
          "id",
          "text",
          "bloom_level",
          "supports",
          "condition",
          "criterion",
          "domain",
          "performance");
  static final KeySet REFERENCE =
      KeySet.of("a reference", "citation", "year", "url", "doi", "version");
  static final KeySet LINT = KeySet.of("`lint`", "ignore");
  static final KeySet SUPPRESSION = KeySet.of("a `lint.ignore` entry", "rule", "reason");

  // items/*.yml, items/secure/*.yml and ```quiz blocks
  static final KeySet ITEM =
      KeySet.of(
          "an item",
          "id",
          "type",
          "use",
          "objectives",
          "bloom_level",
          "stem",
          "options",
          "multi_key",
          "answer",
          "accept",
          "pairs",
          "rubric",
          "rationale",
          "feedback",
          "points",
          "source",
          "authors",
          "review",
          "ai_assisted");

  /** A quiz block that places an item from {@code items/} holds nothing but the reference. */
  static final KeySet QUIZ_REF = KeySet.of("a `ref:` quiz block", "ref");

  static final KeySet OPTION = KeySet.of("an option", "text", "correct", "feedback");
  static final KeySet ANSWER = KeySet.of("`answer`", "value", "tolerance");
  static final KeySet PAIR = KeySet.of("a `pairs` entry", "left", "right");
  static final KeySet RUBRIC_CRITERION =
      KeySet.of("a `rubric` entry", "criterion", "points", "objective");
  static final KeySet ITEM_SOURCE = KeySet.of("`source`", "reference");

  // assessments/<id>.yml
  static final KeySet ASSESSMENT =
      KeySet.of(
          "an assessment", "id", "use", "delivery", "pool", "blueprint", "passing_standard_ref");
  static final KeySet DELIVERY = KeySet.of("`delivery`", "time_limit_minutes", "randomize", "mode");
  static final KeySet POOL = KeySet.of("`pool`", "include", "draw");
  static final KeySet BLUEPRINT_ROW =
      KeySet.of("a `blueprint` entry", "objective", "weight", "min_items");

  // people.yml and glossary.yml
  static final KeySet PERSON =
      KeySet.of("a person in people.yml", "id", "name", "roles", "qualifications", "coi");
  static final KeySet CONFLICT_OF_INTEREST =
      KeySet.of("`coi`", "disclosed_on", "relevant", "mitigation");
  static final KeySet GLOSSARY_ENTRY =
      KeySet.of("a glossary entry", "term", "abbreviation", "definition");

  // coursekit.yml
  static final KeySet CONFIG = KeySet.of("coursekit.yml", "profile", "rules", "baseline", "html");

  /** Rule ids; the rule catalogue, not the loader, knows which exist. */
  static final KeySet RULES = KeySet.openWith("`rules`");

  private FormatKeys() {}
}
