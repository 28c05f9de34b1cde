package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.history.CourseHistory;
import org.coursekit.history.ReleaseVersion;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.rules.builtin.ReleaseChanges.Change;
import org.coursekit.yaml.YamlList;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;

/**
 * PRG-011: a substantive change since the last release tag (outcome or objective text or level,
 * item pool, blueprint, passing standard, delivery mode) comes with a major or minor version bump,
 * a changelog entry {@code change_class: substantive} and {@code evaluation.reevaluate_for} set to
 * the new version. Only wording changes may instead be recorded as {@code editorial} with a patch
 * bump. An error in the release profile, a warning otherwise.
 */
final class SubstantiveChange implements Rule {

  static final String SUBSTANTIVE = "substantive";
  static final String EDITORIAL = "editorial";

  private static final int SHOWN_CHANGES = 3;

  /** A {@code changelog} entry of program.yml. */
  private record ChangelogEntry(String version, String changeClass, SourceRef classAt) {}

  @Override
  public String id() {
    return "PRG-011";
  }

  @Override
  public String name() {
    return "Substantive changes force a version bump and re-evaluation";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "ANAB accredits only fully implemented and evaluated programs: a change to what is"
        + " taught, how it is taught or how learning is assessed is substantive and needs a new"
        + " version, a changelog entry and a new evaluation. Compared with the last release tag"
        + " (vX.Y.Z) in git; typo fixes may be recorded as editorial. An error in the release"
        + " profile.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null) {
      return;
    }
    YamlMap root = program.source();
    CourseHistory history = context.history();
    SourceRef versionAt = at(root, "version");
    if (!history.available()) {
      context.report(
          Severity.INFO,
          versionAt,
          "Substantive changes since the last release were not checked: CourseKit found no"
              + " version-control history for this course (it is not in a git work tree, or git is"
              + " not installed). Build from a git clone of the course repository so the course"
              + " can be compared with its last release tag.");
      return;
    }
    Optional<String> tag = history.lastReleaseName();
    if (tag.isEmpty()) {
      context.report(
          Severity.INFO,
          versionAt,
          "Substantive changes since the last release were not checked: the repository has no"
              + " release tag (vX.Y.Z) reachable from the current commit. Tag each released"
              + " version, e.g. `git tag v"
              + Objects.requireNonNullElse(program.version(), "1.0.0")
              + "`, so later changes can be compared with it.");
      return;
    }
    ReleasedFiles files = new ReleasedFiles(history);
    Optional<YamlMap> released = files.yaml("program.yml");
    if (released.isEmpty()) {
      context.report(
          Severity.INFO,
          versionAt,
          "Substantive changes since release "
              + tag.get()
              + " were not checked: program.yml at that tag is missing or cannot be read.");
      return;
    }
    List<Change> changes = ReleaseChanges.between(course, context.index(), released.get(), files);
    if (!changes.isEmpty()) {
      judge(program, tag.get(), released.get(), changes, context);
    }
  }

  private static void judge(
      Program program, String tag, YamlMap released, List<Change> changes, RuleContext context) {
    Severity severity = "release".equals(context.profile()) ? Severity.ERROR : Severity.WARNING;
    YamlMap root = program.source();
    Optional<ReleaseVersion> before =
        ReleaseVersion.of(YamlPaths.text(released, "version")).or(() -> ReleaseVersion.ofTag(tag));
    Optional<ReleaseVersion> now = ReleaseVersion.of(program.version());
    String version = program.version() == null ? "missing" : program.version().strip();
    String changed = "since release " + tag + ": " + summary(changes) + ".";
    List<ChangelogEntry> changelog = changelog(root);
    boolean wordingOnly = changes.stream().allMatch(Change::wording);
    boolean editorial =
        changelog.stream()
            .anyMatch(e -> e.version().equals(version) && EDITORIAL.equals(e.changeClass()));

    if (wordingOnly && editorial) {
      if (before.isPresent() && (now.isEmpty() || now.get().compareTo(before.get()) <= 0)) {
        context.report(
            severity,
            at(root, "version"),
            "`version` is "
                + version
                + ", but the wording changed "
                + changed
                + " Even an editorial change needs a new version, so learners and assessors can"
                + " tell the texts apart. Raise the patch version, e.g. `version: "
                + before.get().nextPatch()
                + "`.");
      }
      return;
    }

    String target;
    if (now.isPresent() && before.isPresent() && now.get().majorOrMinorAbove(before.get())) {
      target = version;
    } else {
      target = before.map(v -> v.nextMinor().toString()).orElse("1.1.0");
      context.report(
          severity,
          at(root, "version"),
          "`version` is "
              + version
              + ", but the course changed substantively "
              + changed
              + " ANAB accredits only implemented and evaluated programs, so a substantive change"
              + " needs a new version. Raise the major or minor version, e.g. `version: "
              + target
              + "`."
              + (wordingOnly
                  ? " If the edits only fix typos, add a changelog entry with `change_class:"
                      + " editorial` and raise the patch version instead."
                  : ""));
    }
    checkChangelog(changelog, target, changed, root, severity, context);
    String reevaluate = program.evaluation() == null ? null : program.evaluation().reevaluateFor();
    if (reevaluate == null || !reevaluate.strip().equals(target)) {
      context.report(
          severity,
          at(root, "evaluation.reevaluate_for"),
          "`evaluation.reevaluate_for` is "
              + (reevaluate == null ? "not set" : reevaluate)
              + ", but the course changed substantively "
              + changed
              + " ANAB requires a substantive change to be evaluated again with participant data."
              + " Set `reevaluate_for: "
              + target
              + "` under `evaluation` and plan that evaluation.");
    }
  }

  private static void checkChangelog(
      List<ChangelogEntry> changelog,
      String target,
      String changed,
      YamlMap root,
      Severity severity,
      RuleContext context) {
    Optional<ChangelogEntry> entry =
        changelog.stream().filter(e -> e.version().equals(target)).findFirst();
    if (entry.isEmpty()) {
      context.report(
          severity,
          at(root, "changelog"),
          "program.yml has no `changelog` entry for version "
              + target
              + " with `change_class: substantive`, but the course changed substantively "
              + changed
              + " Assessors follow substantive changes through the changelog (ANAB). Record it,"
              + " e.g. `changelog: [{ version: "
              + target
              + ", change_class: substantive, summary: What changed and why }]`.");
    } else if (!SUBSTANTIVE.equals(entry.get().changeClass())) {
      context.report(
          severity,
          entry.get().classAt(),
          "The changelog entry for version "
              + target
              + " has `change_class: "
              + Objects.requireNonNullElse(entry.get().changeClass(), "")
              + "`, but the course changed substantively "
              + changed
              + " Only wording fixes are editorial (ANAB). Set `change_class: substantive`.");
    }
  }

  /** The first few changes, then how many more. */
  private static String summary(List<Change> changes) {
    String shown =
        changes.stream()
            .limit(SHOWN_CHANGES)
            .map(Change::description)
            .collect(Collectors.joining("; "));
    return changes.size() > SHOWN_CHANGES
        ? shown + "; and " + (changes.size() - SHOWN_CHANGES) + " more"
        : shown;
  }

  /** The {@code changelog} entries of program.yml that name a version. */
  private static List<ChangelogEntry> changelog(YamlMap root) {
    YamlNode node = root.get("changelog").orElse(null);
    if (!(node instanceof YamlList list)) {
      return List.of();
    }
    return list.items().stream()
        .filter(YamlMap.class::isInstance)
        .map(YamlMap.class::cast)
        .filter(map -> YamlPaths.text(map, "version") != null)
        .map(
            map ->
                new ChangelogEntry(
                    YamlPaths.text(map, "version").strip(),
                    YamlPaths.text(map, "change_class"),
                    at(map, "change_class")))
        .toList();
  }
}
