package org.coursekit.evidence;

import java.util.List;
import org.coursekit.history.ReleaseLog;

/**
 * What the bundle's {@code index.html} shows (theme template {@code evidence/index.ftlh}): plain
 * values, already worded for a reader without the toolkit.
 *
 * @param builtOn the build date from outputTimestamp, or null
 * @param profile the program profile as label and values
 * @param completion the completion rule and the passing standard with method, panel and date
 * @param provenance commit, tag, toolkit version and build time as label and values
 * @param files the files in the bundle besides index.html, each linked
 */
public record EvidenceView(
    String lang,
    String title,
    String programId,
    String version,
    String builtOn,
    List<Fact> profile,
    List<OutcomeLine> outcomes,
    List<Fact> completion,
    List<Reviewer> reviewers,
    Changelog changelog,
    List<Fact> provenance,
    List<Provenance.FileHash> packages,
    List<Link> files) {

  /** A label with one or more values; {@code href} links the values when present. */
  public record Fact(String label, List<String> values, String href) {
    public Fact {
      values = List.copyOf(values);
    }
  }

  public record OutcomeLine(String id, String text, String level) {}

  /** A person who reviewed part of the program or sat on its standard-setting panel. */
  public record Reviewer(
      String id,
      String name,
      String roles,
      List<String> qualifications,
      String disclosedOn,
      List<ReviewLine> reviews) {
    public Reviewer {
      qualifications = List.copyOf(qualifications);
      reviews = List.copyOf(reviews);
    }
  }

  /** One review: what was reviewed, when, the decision or status, and when it is due again. */
  public record ReviewLine(String subject, String date, String decision, String nextDue) {}

  /**
   * The commits since the previous release.
   *
   * @param available false when the course is not in a git repository
   * @param since the previous release tag, or null when this is the first release
   */
  public record Changelog(boolean available, String since, List<ReleaseLog.Change> changes) {
    public Changelog {
      changes = List.copyOf(changes);
    }
  }

  public record Link(String href, String label, String description) {}

  public EvidenceView {
    profile = List.copyOf(profile);
    outcomes = List.copyOf(outcomes);
    completion = List.copyOf(completion);
    reviewers = List.copyOf(reviewers);
    provenance = List.copyOf(provenance);
    packages = List.copyOf(packages);
    files = List.copyOf(files);
  }
}
