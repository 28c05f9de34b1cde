package org.coursekit.site;

import java.util.List;
import org.coursekit.diag.Finding;

/**
 * What a site build produced.
 *
 * @param findings problems found while rendering, sorted; an ASM-007 error means the site was not
 *     published
 * @param files the files of the published site, relative to the output folder, sorted, with {@code
 *     /} separators; empty when the site was withheld
 */
public record SiteResult(List<Finding> findings, List<String> files) {
  public SiteResult {
    findings = findings.stream().sorted().toList();
    files = files.stream().sorted().toList();
  }

  /** True when the site was written to the output folder. */
  public boolean published() {
    return !files.isEmpty();
  }
}
