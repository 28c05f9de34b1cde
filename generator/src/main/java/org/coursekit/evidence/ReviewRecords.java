package org.coursekit.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coursekit.evidence.EvidenceView.ReviewLine;
import org.coursekit.evidence.EvidenceView.Reviewer;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Person;
import org.coursekit.model.Program;
import org.coursekit.model.Ref;
import org.coursekit.model.Review;
import org.coursekit.site.DisplayText;

/**
 * Everyone who reviewed the program, a module or an item, or sat on the standard-setting panel,
 * with their qualifications from the roster and each review with its date: in roster order, then
 * people the roster does not name.
 */
final class ReviewRecords {

  private ReviewRecords() {}

  static List<Reviewer> of(Course course) {
    Map<String, List<ReviewLine>> byPerson = new LinkedHashMap<>();
    Program program = course.program();
    add(byPerson, "Program " + program.id(), program.review());
    for (CourseModule module : course.deliveryOrder()) {
      add(byPerson, "Module " + module.id(), module.review());
    }
    course.items().stream()
        .filter(item -> item.id() != null)
        .sorted(Comparator.comparing(Item::id))
        .forEach(item -> add(byPerson, "Item " + item.id(), item.review()));
    Program.PassingStandard standard =
        program.completion() == null ? null : program.completion().passingStandard();
    if (standard != null) {
      String method = standard.method() == null ? "" : " (" + standard.method() + ")";
      for (Ref member : standard.panel()) {
        byPerson
            .computeIfAbsent(member.id(), k -> new ArrayList<>())
            .add(
                new ReviewLine(
                    "Standard-setting panel" + method, date(standard.setOn()), null, null));
      }
    }
    List<Reviewer> reviewers = new ArrayList<>();
    for (Person person : course.people()) {
      List<ReviewLine> reviews = byPerson.remove(person.id());
      if (reviews != null || person.hasRole("reviewer")) {
        reviewers.add(
            new Reviewer(
                person.id(),
                person.name() == null ? person.id() : person.name(),
                String.join(", ", person.roles().stream().map(DisplayText::humanize).toList()),
                person.qualifications(),
                person.coi() == null ? null : date(person.coi().disclosedOn()),
                reviews == null ? List.of() : reviews));
      }
    }
    byPerson.forEach(
        (id, reviews) ->
            reviewers.add(
                new Reviewer(id, id + " (not on the roster)", "", List.of(), null, reviews)));
    return List.copyOf(reviewers);
  }

  private static void add(Map<String, List<ReviewLine>> byPerson, String subject, Review review) {
    if (review == null) {
      return;
    }
    String decision = review.decision() != null ? review.decision() : review.status();
    ReviewLine line =
        new ReviewLine(subject, date(review.reviewedOn()), decision, date(review.nextReviewDue()));
    for (Ref reviewer : review.reviewers()) {
      if (reviewer.id() != null) {
        byPerson.computeIfAbsent(reviewer.id(), k -> new ArrayList<>()).add(line);
      }
    }
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
