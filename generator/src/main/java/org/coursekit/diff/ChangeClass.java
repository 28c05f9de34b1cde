package org.coursekit.diff;

/**
 * How much a change matters to learners already in the LMS and to the accreditor, from least to
 * most. A release is classified by its gravest change.
 */
public enum ChangeClass {
  /** Wording, titles, page text: what is taught and assessed stays the same. */
  EDITORIAL("editorial", "patch"),
  /** What is taught or assessed changed, but every learner record still means what it meant. */
  CONTENT("content", "minor"),
  /**
   * Saved progress, attempts or objective records no longer match: ids removed or reused, the
   * modules, item pool or blueprint, the passing standard or an objective's meaning changed.
   */
  TRACKING_BREAKING("tracking-breaking", "minor");

  private final String label;
  private final String bump;

  ChangeClass(String label, String bump) {
    this.label = label;
    this.bump = bump;
  }

  /** The word reports print: {@code editorial}, {@code content}, {@code tracking-breaking}. */
  public String label() {
    return label;
  }

  /**
   * The least version bump the change needs (PRG-011): {@code patch} for editorial, {@code minor}
   * (or major) for a substantive change.
   */
  public String bump() {
    return bump;
  }

  /** True for the changes PRG-011 calls substantive: they need a major or minor version. */
  public boolean substantive() {
    return this != EDITORIAL;
  }
}
