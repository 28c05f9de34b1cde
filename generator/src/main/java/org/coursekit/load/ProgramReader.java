package org.coursekit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.coursekit.diag.Finding;
import org.coursekit.model.Outcome;
import org.coursekit.model.Program;
import org.coursekit.model.Ref;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;

/** Reads {@code program.yml} into a {@link Program}. */
final class ProgramReader {

  /** Credit unit when the author gives none (course-format.md, section 10). */
  private static final Map<String, String> DEFAULT_CREDIT_UNITS =
      Map.of(
          "iacet-ceu", "ceu",
          "acpe", "contact-hours",
          "accme", "contact-hours",
          "jointly-accredited", "contact-hours");

  private final ModelFields model;
  private final YamlFields fields;
  private final CourseFolder folder;
  private final Consumer<Finding> report;

  ProgramReader(ModelFields model, CourseFolder folder, Consumer<Finding> report) {
    this.model = model;
    this.fields = model.fields();
    this.folder = folder;
    this.report = report;
  }

  Program read(YamlMap root) {
    fields.checkKeys(root, FormatKeys.PROGRAM);
    return new Program(
        fields.requiredText(root, "id", "program.yml", "cgt-product-handling"),
        fields.text(root, "title", "Cell Product Handling and Regulatory 101"),
        fields.text(root, "version", "2.1.0"),
        fields.text(root, "status", "released"),
        fields.text(root, "language", "en"),
        fields.text(root, "credential_type", "assessment-based-certificate"),
        fields.text(root, "purpose", "Prepare new technicians to receive cell products safely"),
        scope(root),
        audience(root),
        fields.texts(root, "prerequisites", "[\"Site GMP orientation\"]"),
        Boolean.TRUE.equals(fields.bool(root, "prerequisites_none")),
        fields.text(root, "mission_alignment", "Supports the society's training mission"),
        designPlan(root),
        outcomes(root),
        completion(root),
        fields.number(root, "contact_hours", "6.5"),
        credits(root),
        certificate(root),
        model.review(root),
        evaluation(root),
        quality(root),
        accreditation(root),
        policies(root),
        model.refs(root, "modules", "[m01-receipt, m02-chain-of-identity]"),
        fields.bool(root, "ai_assisted"),
        fields.text(root, "disclosure", "\"No planner or reviewer has a relevant relationship.\""),
        root.at(),
        root);
  }

  private Program.Scope scope(YamlMap root) {
    return fields.mapOrNull(
        root,
        "scope",
        FormatKeys.SCOPE,
        "{ includes: [chain of identity], excludes: [clinical administration] }",
        scope ->
            new Program.Scope(
                fields.texts(scope, "includes", "[receipt and storage, chain of identity]"),
                fields.texts(scope, "excludes", "[clinical administration]")));
  }

  private Program.Audience audience(YamlMap root) {
    return fields.mapOrNull(
        root,
        "intended_audience",
        FormatKeys.AUDIENCE,
        "{ description: Newly hired technicians, level: entry }",
        audience ->
            new Program.Audience(
                fields.text(audience, "description", "Newly hired cell-therapy technicians"),
                fields.text(audience, "level", "entry")));
  }

  private Program.DesignPlan designPlan(YamlMap root) {
    return fields.mapOrNull(
        root,
        "design_plan",
        FormatKeys.DESIGN_PLAN,
        "{ needs_analysis: docs/needs-analysis.md, delivery_mode: online }",
        plan ->
            new Program.DesignPlan(
                localFile(plan, "needs_analysis", "docs/needs-analysis.md", "the needs analysis"),
                fields.text(plan, "delivery_mode", "online"),
                fields.text(plan, "technical_requirements", "A current web browser"),
                localFile(plan, "rationale", "docs/design-rationale.md", "the design rationale")));
  }

  private List<Outcome> outcomes(YamlMap root) {
    String example =
        "[{ id: PO-1, text: Perform receipt checks on a cell product, bloom_level: apply }]";
    List<Outcome> outcomes = new ArrayList<>();
    for (YamlMap map : fields.mapList(root, "outcomes", FormatKeys.OUTCOME, example)) {
      String id = fields.requiredText(map, "id", "This outcome", "PO-1");
      String text = fields.text(map, "text", "Perform receipt checks on a cell product");
      String bloomLevel = fields.text(map, "bloom_level", "apply");
      String domain = fields.text(map, "domain", "psychomotor");
      boolean performance = Boolean.TRUE.equals(fields.bool(map, "performance"));
      String condition = fields.text(map, "condition", "Given a dry shipper and the order record");
      String criterion = fields.text(map, "criterion", "With zero label mismatches accepted");
      if (id != null) {
        outcomes.add(
            new Outcome(
                id,
                text,
                bloomLevel,
                Objects.requireNonNullElse(domain, "cognitive"),
                performance,
                condition,
                criterion,
                map.at(),
                map));
      }
    }
    return outcomes;
  }

  private Program.Completion completion(YamlMap root) {
    return fields.mapOrNull(
        root,
        "completion",
        FormatKeys.COMPLETION,
        "{ requires: [all-modules, assessment:final-exam] }",
        completion ->
            new Program.Completion(
                model.refs(completion, "requires", "[all-modules, assessment:final-exam]"),
                passingStandard(completion),
                attempts(completion)));
  }

  private Program.PassingStandard passingStandard(YamlMap completion) {
    return fields.mapOrNull(
        completion,
        "passing_standard",
        FormatKeys.PASSING_STANDARD,
        "{ score: 80, scale: percent }",
        standard ->
            new Program.PassingStandard(
                fields.number(standard, "score", "80"),
                fields.text(standard, "scale", "percent"),
                fields.text(standard, "rule", "compensatory"),
                fields.text(standard, "method", "modified-angoff"),
                fields.text(standard, "justification", "\"Why this method suits the program\""),
                fields.date(standard, "set_on"),
                model.refs(standard, "panel", "[sme-chen, sme-okafor, sme-ali]"),
                localFile(
                    standard,
                    "report",
                    "docs/standard-setting-2025.pdf",
                    "the standard-setting report"),
                perOutcomeMinimum(standard)));
  }

  private List<Program.OutcomeMinimum> perOutcomeMinimum(YamlMap standard) {
    String example = "{ PO-1: 70, PO-2: 60 }";
    return fields
        .map(standard, "per_outcome_minimum", FormatKeys.PER_OUTCOME_MINIMUM, example)
        .stream()
        .flatMap(map -> map.entries().stream())
        .map(
            entry ->
                new Program.OutcomeMinimum(
                    new Ref(entry.key(), entry.keyAt()),
                    fields.numberOf(
                        entry.value(),
                        "The minimum for " + YamlFields.quoted(entry.key()),
                        "per_outcome_minimum: " + example)))
        .filter(minimum -> minimum.minimum() != null)
        .toList();
  }

  private Program.Attempts attempts(YamlMap completion) {
    return fields
        .map(completion, "attempts", FormatKeys.ATTEMPTS, "{ max: 3, wait_days: 7 }")
        .map(
            attempts ->
                new Program.Attempts(
                    fields.wholeNumber(attempts, "max", "a whole number of attempts", "3"),
                    fields.wholeNumber(attempts, "wait_days", "a whole number of days", "7")))
        .orElse(null);
  }

  private List<Program.Credit> credits(YamlMap root) {
    return fields
        .mapList(root, "credit", FormatKeys.CREDIT, "[{ type: iacet-ceu, amount: 0.7 }]")
        .stream()
        .map(
            credit -> {
              String type = fields.text(credit, "type", "iacet-ceu");
              String unit = fields.text(credit, "unit", "ceu");
              if (unit == null && type != null) {
                unit = DEFAULT_CREDIT_UNITS.get(type.toLowerCase(Locale.ROOT));
              }
              return new Program.Credit(type, fields.number(credit, "amount", "0.7"), unit);
            })
        .toList();
  }

  private Program.Certificate certificate(YamlMap root) {
    return fields.mapOrNull(
        root,
        "certificate",
        FormatKeys.CERTIFICATE,
        "{ term: P3Y, term_rationale: ..., disclaimer: ... }",
        certificate ->
            new Program.Certificate(
                fields.text(certificate, "term", "P3Y"),
                fields.text(certificate, "term_rationale", "\"Guidance changes every 2-3 years\""),
                fields.text(certificate, "disclaimer", "\"This certificate is not a licence.\""),
                fields.text(certificate, "designation", "CPH-T")));
  }

  private Program.Evaluation evaluation(YamlMap root) {
    return fields.mapOrNull(
        root,
        "evaluation",
        FormatKeys.EVALUATION,
        "{ plan: docs/evaluation-plan.md, cycle_months: 12 }",
        evaluation ->
            new Program.Evaluation(
                localFile(evaluation, "plan", "docs/evaluation-plan.md", "the evaluation plan"),
                fields.wholeNumber(evaluation, "cycle_months", "a whole number of months", "12"),
                fields.texts(evaluation, "instruments", "[reaction-survey, item-analysis]"),
                fields.date(evaluation, "last_completed"),
                fields.text(evaluation, "reevaluate_for", "2.1.0")));
  }

  private Program.Quality quality(YamlMap root) {
    return fields.mapOrNull(
        root,
        "quality",
        FormatKeys.QUALITY,
        "{ internal_audit_on: 2025-05-15, management_review_on: 2025-07-10 }",
        quality ->
            new Program.Quality(
                fields.date(quality, "internal_audit_on"),
                fields.date(quality, "management_review_on")));
  }

  private Program.Accreditation accreditation(YamlMap root) {
    return fields.mapOrNull(
        root,
        "accreditation",
        FormatKeys.ACCREDITATION,
        "{ body: ANAB, standard: ASTM E2659-18, status: active }",
        accreditation ->
            new Program.Accreditation(
                fields.text(accreditation, "body", "ANAB"),
                fields.text(accreditation, "standard", "ASTM E2659-18"),
                fields.text(accreditation, "status", "active"),
                fields.texts(accreditation, "scope", "[cgt-product-handling]")));
  }

  /** Policies in source order; a target that is not a URL must be a file of the course. */
  private List<Program.Policy> policies(YamlMap root) {
    String example = "{ fees_refunds: https://example.org/policies/fees }";
    List<Program.Policy> policies = new ArrayList<>();
    fields
        .map(root, "policies", FormatKeys.POLICIES, example)
        .ifPresent(
            map -> {
              for (YamlMap.Entry entry : map.entries()) {
                String target =
                    fields.textOf(
                        entry.value(),
                        "The policy " + YamlFields.quoted(entry.key()),
                        entry.key() + ": https://example.org/policies/" + entry.key());
                if (target != null) {
                  folder.requireFile(
                      target, entry.value().at(), "the " + entry.key() + " policy", report);
                  policies.add(new Program.Policy(entry.key(), target, entry.value().at()));
                }
              }
            });
    return policies;
  }

  /** A text naming a document of the course; reports FMT-005 when the file is missing. */
  private String localFile(YamlMap map, String key, String example, String what) {
    String target = fields.text(map, key, example);
    folder.requireFile(target, map.positionOf(key), what, report);
    return target;
  }
}
