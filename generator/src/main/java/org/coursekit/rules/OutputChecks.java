package org.coursekit.rules;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coursekit.diag.Severity;
import org.coursekit.rules.OutputCheck.Stage;

/**
 * The one table of the checks the site and package builds run (see {@link OutputCheck}). The
 * catalogue ids among them (ASM-007, DSC-001, DSC-002, MOD-001) are also validator rules: the
 * output half checks what only the rendered pages show.
 */
public final class OutputChecks {

  /** Every output check, in id order within its stage. */
  public static final List<OutputCheck> ALL =
      List.of(
          site(
              "A11Y-001",
              "Images have alt text",
              Severity.WARNING,
              "Learners who use a screen reader hear the alt text instead of seeing the image;"
                  + " without it they miss its content (WCAG 2.2, success criterion 1.1.1)."),
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
              "MOD-001",
              "Each module states its objectives",
              Severity.ERROR,
              "Learners need to see at the start of each module what they will be able to do"
                  + " after it (QM 2.2, 2.3; IACET 5.1)."),
          site(
              "SITE-001",
              "Local policy files can be published",
              Severity.WARNING,
              "A policy document that lies outside the course folder, or where the site keeps its"
                  + " own pages, cannot be published, so its link on the landing page would be"
                  + " broken."),
          packages(
              "PKG-001",
              "Package manifests pass their schema",
              Severity.ERROR,
              "An LMS rejects or misreads a package whose manifest breaks the SCORM or cmi5"
                  + " schema, so learners could not start the course or their results would be"
                  + " lost."),
          packages(
              "PKG-002",
              "Saved progress fits what every LMS keeps",
              Severity.WARNING,
              "SCORM guarantees only a limited amount of saved data per learner; beyond it some"
                  + " LMSs cut the data off and learners lose their place or answers."),
          packages(
              "PKG-003",
              "Assessments can be delivered in the package",
              Severity.WARNING,
              "A package delivers one online assessment that the browser can score; anything"
                  + " else must be assessed outside the LMS, or the certificate is not earned by"
                  + " assessment (ASTM E2659; PRG-004)."),
          packages(
              "PKG-004",
              "The passing standard can be written into the package",
              Severity.ERROR,
              "The LMS decides pass or fail from the mastery score in the package; it must be the"
                  + " program's passing standard (PRG-006)."),
          release(
              "REL-001",
              "Ids are never recycled",
              Severity.ERROR,
              "LMSs keep learner records by module, objective and item id; an id reused for"
                  + " something else makes old records describe the new thing."),
          release(
              "REL-002",
              "The version rises as the change demands",
              Severity.ERROR,
              "PRG-011 compared with a package or folder: a substantive change needs a new major"
                  + " or minor version, any other change a new patch version (ANAB)."),
          release(
              "REL-003",
              "Tracking-breaking releases are published as new activities",
              Severity.WARNING,
              "Replacing a live package whose modules, pool, blueprint, passing rule or"
                  + " objectives changed resets or misreads learners' saved progress and results."),
          release(
              "REL-004",
              "The previous release can be read",
              Severity.ERROR,
              "The safe-update guard can only protect learner records if it can compare the"
                  + " release with the one live in the LMS."),
          release(
              "REL-005",
              "What the release changes and what to do in the LMS",
              Severity.INFO,
              "Editorial and content releases can replace the live package in place; the"
                  + " report says which the release is."));

  private OutputChecks() {}

  /**
   * The ids whose checks did not all run in a build that ran {@code ran}: their findings are
   * incomplete, so a suppression or baseline entry for them cannot be judged unused.
   */
  public static Set<String> notRunIn(Collection<Stage> ran) {
    Set<String> ids = new TreeSet<>();
    ALL.stream().filter(check -> !ran.contains(check.stage())).forEach(c -> ids.add(c.id()));
    return ids;
  }

  private static OutputCheck site(String id, String name, Severity severity, String help) {
    return new OutputCheck(id, name, severity, help, Stage.SITE);
  }

  private static OutputCheck packages(String id, String name, Severity severity, String help) {
    return new OutputCheck(id, name, severity, help, Stage.PACKAGES);
  }

  private static OutputCheck release(String id, String name, Severity severity, String help) {
    return new OutputCheck(id, name, severity, help, Stage.RELEASE);
  }
}
