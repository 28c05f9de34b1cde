package org.coursekit.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
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
   * The ids CourseKit reports outside {@link Rule}s: the loader's format checks (FMT), the site
   * build's (A11Y, SITE) and the package build's (PKG). The catalogue ids among them (ASM-007,
   * DSC-001, DSC-002, MOD-001) are also checked on the rendered pages; a validator rule with the
   * same id replaces the entry here.
   */
  private static final List<Description> OUTSIDE_RULES =
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
          site(
              "A11Y-001",
              "Images have alt text",
              Severity.WARNING,
              "Learners who use a screen reader hear the alt text instead of seeing the image;"
                  + " without it they miss its content (WCAG 2.2, success criterion 1.1.1)."),
          site(
              "SITE-001",
              "Local policy files can be published",
              Severity.WARNING,
              "A policy document that lies outside the course folder, or where the site keeps its"
                  + " own pages, cannot be published, so its link on the landing page would be"
                  + " broken."),
          site(
              "ASM-007",
              "Summative items stay secret",
              Severity.ERROR,
              "An exam question that is published can be learnt by heart, so the exam no longer"
                  + " measures what learners can do (QM 3.6; test security)."),
          site(
              "DSC-001",
              "Learners see what they are signing up for",
              Severity.ERROR,
              "Before enrolling, learners must be able to read the purpose, scope, audience,"
                  + " requirements, passing standard, credits, certificate term and policies (ASTM"
                  + " E2659-24; QM Standard 1)."),
          site(
              "DSC-002",
              "No misleading credential claims",
              Severity.ERROR,
              "A certificate program must not suggest that its holders are certified, licensed,"
                  + " registered or accredited (ASTM E2659-09 5.2.4.2)."),
          site(
              "PKG-001",
              "Package manifests pass their schema",
              Severity.ERROR,
              "An LMS rejects or misreads a package whose manifest breaks the SCORM or cmi5"
                  + " schema, so learners could not start the course or their results would be"
                  + " lost."),
          site(
              "PKG-002",
              "Saved progress fits what every LMS keeps",
              Severity.WARNING,
              "SCORM guarantees only a limited amount of saved data per learner; beyond it some"
                  + " LMSs cut the data off and learners lose their place or answers."),
          site(
              "PKG-003",
              "Assessments can be delivered in the package",
              Severity.WARNING,
              "A package delivers one online assessment that the browser can score; anything"
                  + " else must be assessed outside the LMS, or the certificate is not earned by"
                  + " assessment (ASTM E2659; PRG-004)."),
          site(
              "PKG-004",
              "The passing standard can be written into the package",
              Severity.ERROR,
              "The LMS decides pass or fail from the mastery score in the package; it must be the"
                  + " program's passing standard (PRG-006)."),
          site(
              "MOD-001",
              "Each module states its objectives",
              Severity.ERROR,
              "Learners need to see at the start of each module what they will be able to do"
                  + " after it (QM 2.2, 2.3; IACET 5.1)."));

  private final Map<String, Description> byId;

  private RuleDescriptions(Map<String, Description> byId) {
    this.byId = byId;
  }

  /** The ids checked outside rules, plus {@code rules} (which replace entries with their id). */
  public static RuleDescriptions of(Collection<? extends Rule> rules) {
    Map<String, Description> byId = new TreeMap<>();
    OUTSIDE_RULES.forEach(description -> byId.put(description.id(), description));
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

  private static Description site(String id, String name, Severity severity, String help) {
    return new Description(id, name, help, severity, false);
  }
}
