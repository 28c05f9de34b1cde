package org.coursekit.baseline;

import java.util.List;
import org.coursekit.diag.Finding;

/**
 * A build's findings after its baseline was applied.
 *
 * @param open findings that count as usual, sorted (including any about the baseline file itself)
 * @param baselined findings the baseline records: reported, but they never fail the build; sorted
 */
public record BaselineSplit(List<Finding> open, List<Finding> baselined) {
  public BaselineSplit {
    open = open.stream().sorted().toList();
    baselined = baselined.stream().sorted().toList();
  }
}
