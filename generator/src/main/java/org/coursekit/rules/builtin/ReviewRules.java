package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.rules.Rule;

/** The REV rules: review, references and disclosure of interests (REV-001 to REV-004). */
final class ReviewRules {
  private ReviewRules() {}

  static List<Rule> all() {
    return List.of(
        new QualifiedReview(),
        new ReviewCycle(),
        new CurrentReferences(),
        new ConflictOfInterest());
  }
}
