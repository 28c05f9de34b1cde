package org.coursekit.baseline;

import java.util.List;
import org.coursekit.diag.Finding;

/**
 * A build's findings after its baseline was applied.
 *
 * @param open findings that count as usual, sorted (including any about the baseline file itself)
 * @param baselined findings the baseline records: reported, but they never fail the build; sorted
 * @param compared true when a baseline file was read and the findings compared with it, so each
 *     open finding is new since the baseline; false when the course has no usable baseline
 */
public record BaselineSplit(List<Finding> open, List<Finding> baselined, boolean compared) {
  public BaselineSplit {
    open = open.stream().sorted().toList();
    baselined = baselined.stream().sorted().toList();
  }

  /** The findings of a build without a baseline: all of them count. */
  public static BaselineSplit without(List<Finding> findings) {
    return new BaselineSplit(findings, List.of(), false);
  }
}
