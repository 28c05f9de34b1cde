package org.coursekit.model;

import java.math.BigDecimal;
import java.util.List;
import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlMap;

/**
 * An assessment item, from {@code items/}, {@code items/secure/} or an inline {@code ```quiz}
 * block. {@code file} is where it was written; {@code secure} is true under {@code items/secure/}.
 */
public record Item(
    String id,
    String file,
    boolean secure,
    String type,
    String use,
    List<Ref> objectives,
    String bloomLevel,
    String stem,
    List<Option> options,
    NumericAnswer answer,
    List<String> accept,
    List<MatchPair> pairs,
    List<RubricCriterion> rubric,
    String rationale,
    String feedback,
    BigDecimal points,
    String sourceReference,
    List<Ref> authors,
    Review review,
    Boolean aiAssisted,
    SourceRef at,
    YamlMap source) {

  /** A selectable answer of a single or multiple choice item. */
  public record Option(String text, boolean correct, String feedback, SourceRef at) {}

  /** The key of a numeric item. */
  public record NumericAnswer(BigDecimal value, BigDecimal tolerance) {}

  /** One pair of a matching item. */
  public record MatchPair(String left, String right) {}

  /** One criterion of the rubric of a case, performance or observation item. */
  public record RubricCriterion(String criterion, BigDecimal points, Ref objective) {}

  public Item {
    objectives = List.copyOf(objectives);
    options = List.copyOf(options);
    accept = List.copyOf(accept);
    pairs = List.copyOf(pairs);
    rubric = List.copyOf(rubric);
    authors = List.copyOf(authors);
  }

  /** Summative items never appear in the site or any public artefact. */
  public boolean summative() {
    return "summative".equals(use) || secure;
  }
}
