package org.coursekit.rules.builtin;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.model.Person;
import org.coursekit.model.Review;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/**
 * ASM-004: every item names its source and was approved by a subject-matter expert who is not its
 * only author, within the review cycle.
 */
final class ItemSourceAndReview implements Rule {

  static final String CYCLE_MONTHS = "cycle_months";
  private static final int DEFAULT_CYCLE_MONTHS = 12;
  private static final String WHY =
      "Items must rest on a cited source and be checked by a qualified SME (ICE ACAP area 4; CACS;"
          + " ANAB CPIDP guidance).";

  @Override
  public String id() {
    return "ASM-004";
  }

  @Override
  public String name() {
    return "Items have a source and an SME review";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "Accreditors look for evidence that qualified SMEs wrote and checked every item (ICE"
        + " ACAP area 4; CACS; ANAB CPIDP guidance): each item has `source.reference` and an"
        + " approved review by a roster SME who is not its only author, within the review cycle.";
  }

  @Override
  public Set<String> optionNames() {
    return Set.of(CYCLE_MONTHS);
  }

  @Override
  public void check(Course course, RuleContext context) {
    int cycle = context.intOption(CYCLE_MONTHS, DEFAULT_CYCLE_MONTHS);
    boolean roster = ReadableFiles.readable(course, ReadableFiles.PEOPLE);
    for (Item item : course.items()) {
      checkSource(item, context);
      checkReview(item, cycle, roster, context);
    }
  }

  private static void checkSource(Item item, RuleContext context) {
    if (YamlPaths.blank(item.sourceReference())) {
      context.report(
          YamlPaths.at(item.source(), "source.reference"),
          "Item "
              + Labels.code(item.id())
              + " does not name its source. "
              + WHY
              + " Add the document and section it rests on, e.g. `source: { reference: \"SOP-123"
              + " rev 7, section 5.2\" }`.");
    }
  }

  private static void checkReview(Item item, int cycle, boolean roster, RuleContext context) {
    Review review = item.review();
    YamlMap source = item.source();
    if (review == null) {
      context.report(
          source.positionOf("review"),
          "Item "
              + Labels.code(item.id())
              + " has no SME review. "
              + WHY
              + " Add e.g. `review: { reviewers: [sme-chen], reviewed_on: 2026-08-18, status:"
              + " approved }`.");
      return;
    }
    List<Person> reviewers = context.index().people(review.reviewers());
    if (roster && reviewers.stream().noneMatch(p -> Reviewers.independentSme(p, item.authors()))) {
      context.report(
          YamlPaths.at(source, "review.reviewers"),
          "No reviewer of item "
              + Labels.code(item.id())
              + " is a subject-matter expert other than its only author. "
              + WHY
              + " Add a person from people.yml with the role `sme` who did not write the item"
              + " alone, e.g. `reviewers: [sme-okafor]`.");
    }
    LocalDate reviewedOn = review.reviewedOn();
    if (reviewedOn == null) {
      context.report(
          YamlPaths.at(source, "review.reviewed_on"),
          "The review of item "
              + Labels.code(item.id())
              + " has no `reviewed_on` date, so no one can tell whether it is current. Add the"
              + " date of the SME review, e.g. `reviewed_on: 2026-08-18`.");
    } else if (reviewedOn.plusMonths(cycle).isBefore(context.today())) {
      context.report(
          YamlPaths.at(source, "review.reviewed_on"),
          "Item "
              + Labels.code(item.id())
              + " was last reviewed on "
              + reviewedOn
              + ", more than "
              + cycle
              + " months ago (review cycle, ASM-004's `"
              + CYCLE_MONTHS
              + "` option). Content and regulations change, so items are re-reviewed every"
              + " cycle. Have an SME review it again and update `reviewed_on`.");
    }
    if (!"approved".equals(review.status())) {
      context.report(
          YamlPaths.at(source, "review.status"),
          "Item "
              + Labels.code(item.id())
              + (review.status() == null
                  ? " has no review `status`"
                  : " has review status " + Labels.code(review.status()))
              + ", not `approved`. Only items an SME approved may be used. When the SME approves"
              + " it, set `status: approved`.");
    }
  }
}
