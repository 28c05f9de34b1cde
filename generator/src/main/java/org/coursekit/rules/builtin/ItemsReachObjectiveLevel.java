package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.BloomLevel;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.rules.CourseIndex.PlacedObjective;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * LO-009: for each module objective with a Bloom level, at least one summative item that measures
 * it has a {@code bloom_level} at or above the objective's, in an item type that can reach that
 * level: selected-response and short-answer items (single, multiple, matching, numeric, short)
 * cannot measure Create.
 */
final class ItemsReachObjectiveLevel implements Rule {

  /** Item types whose answers a learner constructs and a rater scores against a rubric. */
  private static final Set<String> CONSTRUCTED = Set.of("case", "performance", "observation");

  /** Item types with a fixed answer; they measure at most Evaluate. */
  private static final Set<String> FIXED_ANSWER =
      Set.of("single", "multiple", "matching", "numeric", "short");

  /** How many items a message names before "and N more". */
  private static final int NAMED_ITEMS = 4;

  @Override
  public String id() {
    return "LO-009";
  }

  @Override
  public String name() {
    return "Items reach the cognitive level of the objective";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "QM 3.1 (its example: a persuasive-essay objective cannot be measured by multiple"
        + " choice) and Anderson & Krathwohl: at least one summative item must measure each"
        + " objective at its stated level, in an item type able to reach it.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    SummativeEvidence evidence = SummativeEvidence.of(course, context.index());
    for (PlacedObjective placed : context.index().objectives()) {
      Objective objective = placed.objective();
      Optional<BloomLevel> level = BloomLevel.parse(objective.bloomLevel());
      List<Item> items = evidence.assessing(objective.id());
      if (level.isEmpty() || items.isEmpty()) {
        continue; // LO-003 and LO-008 report these
      }
      List<String> shortfalls = new ArrayList<>();
      for (Item item : items) {
        String shortfall = shortfall(item, level.get());
        if (shortfall == null) {
          shortfalls.clear();
          break;
        }
        shortfalls.add(shortfall);
      }
      if (!shortfalls.isEmpty()) {
        report(objective, level.get(), shortfalls, context);
      }
    }
  }

  /** Why {@code item} cannot measure {@code level}, or null if it can. */
  private static String shortfall(Item item, BloomLevel level) {
    String id = "`" + item.id() + "`";
    Optional<BloomLevel> itemLevel = BloomLevel.parse(item.bloomLevel());
    if (itemLevel.isEmpty()) {
      return id + " has no valid `bloom_level`";
    }
    if (!itemLevel.get().atLeast(level)) {
      return id + " is at " + itemLevel.get().word();
    }
    if (level == BloomLevel.CREATE && FIXED_ANSWER.contains(item.type())) {
      return id + " is a " + item.type() + " item, which cannot measure Create";
    }
    return null;
  }

  private static void report(
      Objective objective, BloomLevel level, List<String> shortfalls, RuleContext context) {
    List<String> named = shortfalls.subList(0, Math.min(NAMED_ITEMS, shortfalls.size()));
    String listed =
        String.join("; ", named)
            + (shortfalls.size() > named.size()
                ? "; and " + (shortfalls.size() - named.size()) + " more"
                : "");
    context.report(
        objective.source().positionOf("bloom_level"),
        "Objective `"
            + objective.id()
            + "` is at "
            + level.word()
            + (shortfalls.size() == 1
                ? ", but its only summative item does not reach that level: "
                : ", but none of its " + shortfalls.size() + " summative items reaches it: ")
            + listed
            + ". The assessment must measure each objective at the level it states (QM 3.1;"
            + " Anderson & Krathwohl 2001). Add an item at "
            + level.word()
            + " or above"
            + (level == BloomLevel.CREATE
                ? " of a type the learner builds an answer in ("
                    + VerbAdvice.orList(CONSTRUCTED.stream().sorted().toList())
                    + ", with a rubric)"
                : "")
            + ", or correct the items' `bloom_level` if they already ask for more.");
  }
}
