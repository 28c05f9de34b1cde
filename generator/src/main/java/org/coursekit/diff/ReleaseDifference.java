package org.coursekit.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coursekit.history.ReleaseVersion;

/**
 * Everything that changed between two releases, classified.
 *
 * @param changes the changes in the order found: program, outcomes, modules, objectives, items,
 *     assessments, completion
 * @param recycled ids that now name something other than in the previous release
 */
public record ReleaseDifference(
    ReleaseSnapshot before,
    ReleaseSnapshot after,
    List<CourseChange> changes,
    List<RecycledId> recycled) {

  public ReleaseDifference {
    changes = List.copyOf(changes);
    recycled = List.copyOf(recycled);
  }

  /** The class of the gravest change, or empty when nothing changed. */
  public Optional<ChangeClass> classification() {
    if (!recycled.isEmpty()) {
      return Optional.of(ChangeClass.TRACKING_BREAKING);
    }
    return changes.stream().map(CourseChange::changeClass).max(Comparator.naturalOrder());
  }

  /** The changes of class {@code changeClass}. */
  public List<CourseChange> of(ChangeClass changeClass) {
    return changes.stream().filter(c -> c.changeClass() == changeClass).toList();
  }

  /**
   * The version bump the classification needs and the current version lacks, e.g. "1.1.0", or empty
   * when the version is high enough (or either version cannot be read). PRG-011: a substantive
   * change raises the major or minor number, any other change at least the patch.
   */
  public Optional<ReleaseVersion> missingVersion() {
    Optional<ChangeClass> changeClass = classification();
    Optional<ReleaseVersion> was = ReleaseVersion.of(before.version());
    Optional<ReleaseVersion> now = ReleaseVersion.of(after.version());
    if (changeClass.isEmpty() || was.isEmpty()) {
      return Optional.empty();
    }
    if (changeClass.get().substantive()) {
      return now.isPresent() && now.get().majorOrMinorAbove(was.get())
          ? Optional.empty()
          : Optional.of(was.get().nextMinor());
    }
    return now.isPresent() && now.get().compareTo(was.get()) > 0
        ? Optional.empty()
        : Optional.of(was.get().nextPatch());
  }

  /** What to do in the LMS with this release, in a sentence or two. */
  public String lmsAdvice() {
    return classification().map(LmsAdvice::of).orElse(LmsAdvice.NO_CHANGE);
  }
}
