package org.coursekit.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coursekit.diag.Finding;
import org.coursekit.rules.OutputCheck.Stage;

/**
 * One validation of one course, kept open while the site and packages are built, so the findings of
 * their {@link OutputChecks} obey the same course settings as the rules' (coursekit.yml severity
 * and {@code off}, the profile, {@code lint.ignore}). Holds the run's suppression bookkeeping: use
 * it for one build only.
 */
public final class ValidationRun {

  private final RuleSettings settings;
  private final List<Finding> findings;
  private final Set<String> failed;

  ValidationRun(RuleSettings settings, List<Finding> findings, Set<String> failed) {
    this.settings = settings;
    this.findings = findings.stream().sorted().toList();
    this.failed = Set.copyOf(failed);
  }

  /** The rules' findings as configured, and findings about the settings themselves, sorted. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Findings of the site or package build as the course configures them, sorted: without those of
   * checks switched off or suppressed in their file, at the severity coursekit.yml and the profile
   * give them.
   */
  public List<Finding> configure(Collection<Finding> generated) {
    return generated.stream()
        .filter(finding -> !settings.isOff(finding.rule()))
        .map(settings::apply)
        .flatMap(Optional::stream)
        .sorted()
        .toList();
  }

  /**
   * An info finding for each {@code lint.ignore} entry that matched nothing, judged once every
   * check of its rule ran: a build that ran only {@code ran} does not judge suppressions of output
   * checks of other stages, nor of rules that failed.
   */
  public List<Finding> unusedSuppressions(Collection<Stage> ran) {
    Set<String> skipped = new HashSet<>(failed);
    skipped.addAll(OutputChecks.notRunIn(ran));
    return settings.unusedSuppressions(skipped);
  }
}
