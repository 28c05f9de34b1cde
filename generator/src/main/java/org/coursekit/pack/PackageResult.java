package org.coursekit.pack;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.coursekit.diag.Finding;

/**
 * What a package build produced.
 *
 * @param findings problems found while packaging, sorted
 * @param packages the zips written, in format order; a format whose manifest was invalid, or any
 *     format when a summative question would be published (ASM-007), has none
 */
public record PackageResult(List<Finding> findings, List<WrittenPackage> packages) {

  /**
   * One zip.
   *
   * @param file the zip's path
   * @param bytes its size
   * @param suspendDataWorstCase the longest suspend_data its runtime can write, or null when the
   *     format keeps no suspend_data
   */
  public record WrittenPackage(
      PackageFormat format, Path file, long bytes, Integer suspendDataWorstCase) {}

  public PackageResult {
    findings = findings.stream().sorted().toList();
    packages = packages.stream().sorted(Comparator.comparing(WrittenPackage::format)).toList();
  }
}
