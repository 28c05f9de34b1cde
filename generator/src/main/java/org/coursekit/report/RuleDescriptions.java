package org.coursekit.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.rules.OutputCheck;
import org.coursekit.rules.OutputChecks;
import org.coursekit.rules.Rule;
import org.coursekit.rules.builtin.BuiltinRules;

/**
 * What reports say about each rule id a finding can carry: its name, why it matters, and its
 * default severity. The ids come from the validator's rules and from the checks that run outside
 * them (the loader's format checks and the site build's checks); this class holds the one table of
 * the latter. Immutable.
 */
public final class RuleDescriptions {

  /**
   * One rule id as reports describe it.
   *
   * @param help why the rule matters and its source, in a sentence or two; may be empty
   * @param alwaysChecked true for checks that run on every build (the loader's and the validator's
   *     rules); false for checks that run only when the site is built, and for unknown ids
   */
  public record Description(
      String id, String name, String help, Severity defaultSeverity, boolean alwaysChecked) {
    public Description {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(help, "help");
      Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    }
  }

  /**
   * The loader's format checks (FMT), reported outside {@link Rule}s. The site and package builds'
   * checks come from {@link OutputChecks}; a validator rule with the same id replaces either.
   */
  private static final List<Description> FORMAT_CHECKS =
      List.of(
          loader(
              "FMT-001",
              "Readable UTF-8 files",
              Severity.ERROR,
              "CourseKit can only check and publish text it can read: a file that is not UTF-8"
                  + " text is skipped whole, so none of its content reaches the checks or the"
                  + " learners."),
          loader(
              "FMT-002",
              "Well-formed YAML and front matter",
              Severity.ERROR,
              "A syntax error stops the whole file from being read, so every value in it is"
                  + " missing for the checks and the site (course format, sections 2 to 8)."),
          loader(
              "FMT-003",
              "Values of the expected type",
              Severity.ERROR,
              "A value of the wrong kind (text where a number or a date belongs) or a missing id"
                  + " cannot be used, so the course is checked and published as if it were absent"
                  + " (course format, sections 2 to 8)."),
          loader(
              "FMT-004",
              "Known keys only",
              Severity.WARNING,
              "A misspelt key is ignored, so the value the author meant to give is silently"
                  + " missing; the course format names every key CourseKit reads."),
          loader(
              "FMT-005",
              "Referenced files exist",
              Severity.ERROR,
              "Policies, design documents, the standard-setting report and images named in the"
                  + " course are evidence for accreditors and content for learners; a missing file"
                  + " is a broken promise and a broken link."),
          loader(
              "SEC-002",
              "Paths stay inside the course",
              Severity.ERROR,
              "A course must build from its own folder alone: a file, image, link or baseline"
                  + " that lies outside it, or is reached through a symbolic link that leads"
                  + " outside, is never read or published."));

  private final Map<String, Description> byId;

  private RuleDescriptions(Map<String, Description> byId) {
    this.byId = byId;
  }

  /** The ids checked outside rules, plus {@code rules} (which replace entries with their id). */
  public static RuleDescriptions of(Collection<? extends Rule> rules) {
    Map<String, Description> byId = new TreeMap<>();
    FORMAT_CHECKS.forEach(description -> byId.put(description.id(), description));
    for (OutputCheck check : OutputChecks.ALL) {
      byId.put(
          check.id(),
          new Description(check.id(), check.name(), check.help(), check.defaultSeverity(), false));
    }
    for (Rule rule : rules) {
      String help = rule.help() == null ? "" : rule.help();
      byId.put(
          rule.id(), new Description(rule.id(), rule.name(), help, rule.defaultSeverity(), true));
    }
    return new RuleDescriptions(byId);
  }

  /** CourseKit's own rules and checks, for callers that have no validator at hand. */
  public static RuleDescriptions builtin() {
    return of(new BuiltinRules().rules());
  }

  /** Every described id, sorted. */
  public List<Description> all() {
    return List.copyOf(byId.values());
  }

  /**
   * The description of {@code id}; an id nobody described (a rule of an extension that is not
   * loaded) is named by itself, without help.
   */
  public Description describe(String id) {
    Description known = byId.get(id);
    return known != null ? known : new Description(id, id, "", Severity.WARNING, false);
  }

  /**
   * The rules a report of {@code findings} lists, sorted by id: every check that runs on every
   * build, and every other id that has a finding (an unknown id with the severity of its gravest
   * finding as its default).
   */
  public List<Description> reported(List<Finding> findings) {
    Map<String, Description> listed = new TreeMap<>();
    byId.values().stream().filter(Description::alwaysChecked).forEach(d -> listed.put(d.id(), d));
    for (Finding finding : findings) {
      Description known = byId.get(finding.rule());
      Description earlier = listed.get(finding.rule());
      if (known != null) {
        listed.putIfAbsent(known.id(), known);
      } else if (earlier == null || finding.severity().compareTo(earlier.defaultSeverity()) < 0) {
        listed.put(
            finding.rule(),
            new Description(finding.rule(), finding.rule(), "", finding.severity(), false));
      }
    }
    return List.copyOf(listed.values());
  }

  private static Description loader(String id, String name, Severity severity, String help) {
    return new Description(id, name, help, severity, true);
  }
}
