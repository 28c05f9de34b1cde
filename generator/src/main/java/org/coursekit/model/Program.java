package org.coursekit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlMap;

/**
 * The certificate program ({@code program.yml}). Optional values the author left out are {@code
 * null}; lists are never null. {@code source} keeps every node's position for the rules.
 */
public record Program(
    String id,
    String title,
    String version,
    String status,
    String language,
    String credentialType,
    String purpose,
    Scope scope,
    Audience audience,
    List<String> prerequisites,
    boolean prerequisitesNone,
    String missionAlignment,
    DesignPlan designPlan,
    List<Outcome> outcomes,
    Completion completion,
    BigDecimal contactHours,
    List<Credit> credits,
    Certificate certificate,
    Review review,
    Evaluation evaluation,
    Quality quality,
    Accreditation accreditation,
    List<Policy> policies,
    List<Ref> modules,
    Boolean aiAssisted,
    String disclosure,
    SourceRef at,
    YamlMap source) {

  public record Scope(List<String> includes, List<String> excludes) {
    public Scope {
      includes = List.copyOf(includes);
      excludes = List.copyOf(excludes);
    }
  }

  public record Audience(String description, String level) {}

  public record DesignPlan(
      String needsAnalysis, String deliveryMode, String technicalRequirements, String rationale) {}

  /** What a learner must do to earn the certificate. */
  public record Completion(List<Ref> requires, PassingStandard passingStandard, Attempts attempts) {
    public Completion {
      requires = List.copyOf(requires);
    }
  }

  /** The cut score and how it was set. */
  public record PassingStandard(
      BigDecimal score,
      String scale,
      String rule,
      String method,
      String justification,
      LocalDate setOn,
      List<Ref> panel,
      String report,
      List<OutcomeMinimum> perOutcomeMinimum) {
    public PassingStandard {
      panel = List.copyOf(panel);
      perOutcomeMinimum = List.copyOf(perOutcomeMinimum);
    }
  }

  /** {@code per_outcome_minimum} entry of a conjunctive passing rule. */
  public record OutcomeMinimum(Ref outcome, BigDecimal minimum) {}

  public record Attempts(Integer max, Integer waitDays) {}

  /** A credit offered: {@code unit} is already defaulted from the type (spec section 10). */
  public record Credit(String type, BigDecimal amount, String unit) {}

  public record Certificate(
      String term, String termRationale, String disclaimer, String designation) {}

  public record Evaluation(
      String plan,
      Integer cycleMonths,
      List<String> instruments,
      LocalDate lastCompleted,
      String reevaluateFor) {
    public Evaluation {
      instruments = List.copyOf(instruments);
    }
  }

  public record Quality(LocalDate internalAuditOn, LocalDate managementReviewOn) {}

  public record Accreditation(String body, String standard, String status, List<String> scope) {
    public Accreditation {
      scope = List.copyOf(scope);
    }
  }

  /**
   * A policy link: {@code name} is the key ({@code fees_refunds}…), {@code target} a URL or a path
   * relative to the course folder.
   */
  public record Policy(String name, String target, SourceRef at) {
    public boolean external() {
      return target.startsWith("https://") || target.startsWith("http://");
    }
  }

  public Program {
    prerequisites = List.copyOf(prerequisites);
    outcomes = List.copyOf(outcomes);
    credits = List.copyOf(credits);
    policies = List.copyOf(policies);
    modules = List.copyOf(modules);
  }
}
