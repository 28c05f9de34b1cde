package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Assessment;
import org.coursekit.model.Item;
import org.coursekit.model.Ref;
import org.coursekit.render.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/** The worst-case suspend_data length, counted by hand for small courses. */
class SuspendDataBudgetTest {

  private static final SourceRef AT = SourceRef.startOf("items/secure/x.yml");

  @Test
  void aCourseWithoutAssessmentStoresOnlyItsPlaceAndModules() {
    PackagePlan plan = plan(7, null, 3);

    // v1 + 11 separators + modulesKey + assessmentKey "" + page "9" (10 pages) + done "vv"
    // + attempt "0" + state "n"; score, failed day, seed, elapsed and answers stay empty.
    int expected = 2 + 11 + PackageData.modulesKey(plan).length() + 0 + 1 + 2 + 1 + 1;
    assertThat(SuspendDataBudget.worstCase(plan, 10)).isEqualTo(expected);
  }

  @Test
  void anAssessmentAddsEveryAttemptFieldAtItsLongest() {
    List<Item> items = List.of(item("Q1", "single", 2));
    PackagePlan three = plan(7, assessment(items, 1), 3);
    PackagePlan unlimited = plan(7, assessment(items, 1), null);

    // + attempt "3" + state + score "7ps" + failed day "zzzz" + seed "1z141z3" + elapsed "zzzz"
    // + one answer "1".
    int fixed =
        2
            + 11
            + PackageData.modulesKey(three).length()
            + PackageData.assessmentKey(three).length()
            + 1
            + 2;
    assertThat(SuspendDataBudget.worstCase(three, 10)).isEqualTo(fixed + 1 + 1 + 3 + 4 + 7 + 4 + 1);
    // Unlimited attempts are counted up to "zz".
    assertThat(SuspendDataBudget.worstCase(unlimited, 10))
        .isEqualTo(fixed + 2 + 1 + 3 + 4 + 7 + 4 + 1);
  }

  @Test
  void theDrawTakesTheItemsWithTheLongestAnswers() {
    List<Item> items = new ArrayList<>();
    items.add(item("Q1", "single", 4)); // "3": 1
    items.add(item("Q2", "multiple", 6)); // 63 = "1r": 2
    items.add(item("Q3", "short", 0)); // 100 typed characters, 3 each: 300
    items.add(item("Q4", "numeric", 0)); // 24 typed characters, 3 each: 72
    PackagePlan withTwo = plan(1, assessment(items, 2), null);
    PackagePlan withAll = plan(1, assessment(items, 4), null);

    // The same attempt fields in both: attempt "zz", state, score, failed day, seed, elapsed.
    int attemptFields = 2 + 1 + 3 + 4 + 7 + 4;
    int fixed = SuspendDataBudget.worstCase(plan(1, null, null), 1) - 2 + attemptFields;
    int keys2 = PackageData.assessmentKey(withTwo).length();
    int keys4 = PackageData.assessmentKey(withAll).length();
    assertThat(SuspendDataBudget.worstCase(withTwo, 1)).isEqualTo(fixed + keys2 + 300 + 72 + 1);
    assertThat(SuspendDataBudget.worstCase(withAll, 1))
        .isEqualTo(fixed + keys4 + 300 + 72 + 2 + 1 + 3);
  }

  @Test
  void matchingAnswersTakeOneIndexPerRowOverTheDistinctPlainChoices() {
    Item matching =
        item(
            "Q5",
            "matching",
            List.of(),
            List.of(
                new Item.MatchPair("a", "x"),
                new Item.MatchPair("b", "y"),
                new Item.MatchPair("c", "*x*")));

    // Three rows, two distinct choices ("*x*" reads as "x"): "1.1.1".
    assertThat(SuspendDataBudget.worstAnswer(matching, new MarkdownRenderer())).isEqualTo(5);
  }

  private static PackagePlan plan(
      int modules, PackagePlan.AssessmentEntry assessment, Integer attempts) {
    List<PackagePlan.ModuleEntry> entries = new ArrayList<>();
    for (int i = 1; i <= modules; i++) {
      entries.add(new PackagePlan.ModuleEntry("m" + i, "Module " + i, "modules/m" + i + ".html"));
    }
    return new PackagePlan(
        "p",
        "P",
        "1.0.0",
        "en",
        "P",
        entries,
        List.of(),
        true,
        assessment,
        assessment == null ? null : BigDecimal.valueOf(80),
        "percent",
        attempts,
        null,
        List.of(),
        null);
  }

  private static PackagePlan.AssessmentEntry assessment(List<Item> items, int draw) {
    Assessment source =
        new Assessment(
            "final", "assessments/final.yml", "summative", null, null, List.of(), null, AT, null);
    return new PackagePlan.AssessmentEntry(source, "Final", items, draw);
  }

  /** A summative item with {@code options} choices, the first one correct. */
  private static Item item(String id, String type, int options) {
    List<Item.Option> choices = new ArrayList<>();
    for (int i = 0; i < options; i++) {
      choices.add(new Item.Option("Option " + i, i == 0, null, AT));
    }
    return item(id, type, choices, List.of());
  }

  private static Item item(
      String id, String type, List<Item.Option> choices, List<Item.MatchPair> pairs) {
    return new Item(
        id,
        "items/secure/" + id + ".yml",
        true,
        type,
        "summative",
        List.of(new Ref("LO-1", AT)),
        null,
        "Stem",
        choices,
        null,
        List.of(),
        pairs,
        List.of(),
        null,
        null,
        BigDecimal.ONE,
        null,
        List.of(),
        null,
        null,
        AT,
        null);
  }
}
