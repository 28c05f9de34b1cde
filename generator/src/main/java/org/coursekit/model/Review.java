package org.coursekit.model;

import java.time.LocalDate;
import java.util.List;
import org.coursekit.diag.SourceRef;

/**
 * A review record of a program, module or item. Programs and modules record a {@code decision},
 * items a {@code status}; absent values are {@code null}.
 */
public record Review(
    List<Ref> reviewers,
    LocalDate reviewedOn,
    String decision,
    String status,
    LocalDate nextReviewDue,
    Integer cycleMonths,
    SourceRef at) {
  public Review {
    reviewers = List.copyOf(reviewers);
  }
}
