package org.coursekit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coursekit.model.Assessment;
import org.coursekit.model.Assessment.BlueprintRow;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.model.Ref;
import org.coursekit.report.CoverageView.BlueprintLine;
import org.coursekit.report.CoverageView.FormBlueprint;
import org.coursekit.rules.CourseIndex;

/**
 * Each summative form's blueprint against its pool ({@link CourseIndex#pool}): per objective the
 * weight, the minimum, the items the weight calls for in one sitting, and the items the pool
 * actually holds, with gaps in words. Objectives the pool measures but the blueprint leaves out
 * follow the blueprint's own lines.
 */
final class Blueprints {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Blueprints() {}

  static List<FormBlueprint> of(Course course) {
    CourseIndex index = CourseIndex.of(course);
    List<FormBlueprint> forms = new ArrayList<>();
    for (Assessment assessment : course.assessments()) {
      if (assessment.id() != null) {
        forms.add(form(assessment, index.pool(assessment)));
      }
    }
    return List.copyOf(forms);
  }

  private static FormBlueprint form(Assessment assessment, List<Item> pool) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Item item : pool) {
      Set<String> targets = new HashSet<>();
      item.objectives().forEach(ref -> targets.add(ref.id()));
      targets.forEach(id -> counts.merge(id, 1, Integer::sum));
    }
    Integer draw = assessment.pool() == null ? null : assessment.pool().draw();
    int formSize = draw != null ? draw : pool.size();

    List<BlueprintLine> lines = new ArrayList<>();
    Set<String> inBlueprint = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (BlueprintRow row : assessment.blueprint()) {
      Ref objective = row.objective();
      if (objective == null) {
        continue;
      }
      inBlueprint.add(objective.id());
      if (row.weight() != null) {
        total = total.add(row.weight());
      }
      lines.add(line(row, counts.getOrDefault(objective.id(), 0), pool.size(), formSize));
    }
    for (Map.Entry<String, Integer> measured : counts.entrySet()) {
      if (!inBlueprint.contains(measured.getKey())) {
        lines.add(
            new BlueprintLine(
                measured.getKey(),
                "",
                "",
                "",
                measured.getValue(),
                share(measured.getValue(), pool.size()),
                "Not in the blueprint: pool items measure it, but the blueprint gives it no"
                    + " weight."));
      }
    }
    String weightGap =
        total.compareTo(HUNDRED) == 0
            ? null
            : "Gap: the weights add up to " + plain(total) + " %, not 100 %.";
    return new FormBlueprint(
        assessment.id(),
        assessment.file(),
        pool.size(),
        formSize,
        List.copyOf(lines),
        plain(total),
        weightGap);
  }

  private static BlueprintLine line(BlueprintRow row, int items, int poolSize, int formSize) {
    BigDecimal expected =
        row.weight() == null
            ? null
            : row.weight()
                .multiply(BigDecimal.valueOf(formSize))
                .divide(HUNDRED, 1, RoundingMode.HALF_UP);
    String gap = null;
    if (items == 0) {
      gap = "Gap: the pool has no item for this objective.";
    } else if (row.minItems() != null && items < row.minItems()) {
      gap =
          "Gap: the blueprint asks for at least "
              + row.minItems()
              + " items; the pool has "
              + items
              + ".";
    } else if (expected != null && items < wholeItems(expected)) {
      gap =
          "Gap: the weight calls for about "
              + wholeItems(expected)
              + " items per sitting; the pool has "
              + items
              + ".";
    }
    return new BlueprintLine(
        row.objective().id(),
        row.weight() == null ? "" : plain(row.weight()),
        row.minItems() == null ? "" : row.minItems().toString(),
        expected == null ? "" : plain(expected),
        items,
        share(items, poolSize),
        gap);
  }

  /**
   * The items a weight calls for, rounded to whole items: a form cannot hold 3.1 items, so a pool
   * of 3 meets a weight that calls for 3.1 and is short of one that calls for 3.5.
   */
  private static int wholeItems(BigDecimal expected) {
    return expected.setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  /** {@code part} as a whole-number percentage of {@code whole} ({@code 0} of an empty pool). */
  private static String share(int part, int whole) {
    if (whole == 0) {
      return "0";
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** {@code 10}, {@code 7.5}: no exponent, no trailing zeros. */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
