package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Program;
import org.coursekit.model.Review;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/**
 * PRG-013: every program, module or item marked {@code ai_assisted: true} has an approved review by
 * a human SME dated on or after its last change, and the program names its automation policy.
 */
final class AiUseReviewed implements Rule {

  private static final String APPROVED = "approved";
  private static final String SME = "sme";
  private static final int SHOWN_FILES = 3;

  /** One thing that may be AI-assisted: what it is called, its file, review and YAML. */
  private record Assisted(String what, String file, Review review, YamlMap source, boolean item) {}

  @Override
  public String id() {
    return "PRG-013";
  }

  @Override
  public String name() {
    return "Use of AI is declared and human-reviewed";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "ASTM E2659-24 requires a policy on technology-enabled automation, including AI: the"
        + " issuer decides and documents how it is used. Content made with AI help must be"
        + " checked by a qualified human SME after the AI-assisted change.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null) {
      return;
    }
    List<Assisted> assisted = assisted(course);
    for (Assisted thing : assisted) {
      checkReview(thing, context);
    }
    boolean policy = program.policies().stream().anyMatch(p -> p.name().equals("automation"));
    if (!assisted.isEmpty() && !policy) {
      String files =
          assisted.stream()
              .map(Assisted::file)
              .distinct()
              .limit(SHOWN_FILES)
              .collect(Collectors.joining(", "));
      long count = assisted.stream().map(Assisted::file).distinct().count();
      context.report(
          at(program.source(), "policies.automation"),
          "Content is marked `ai_assisted: true` ("
              + files
              + (count > SHOWN_FILES ? " and " + (count - SHOWN_FILES) + " more" : "")
              + "), but program.yml names no automation policy (E2659-24: a documented policy on"
              + " automation and AI). Add the policy document and name it, e.g. `automation:"
              + " policies/ai-and-automation.md` under `policies`.");
    }
  }

  private static List<Assisted> assisted(Course course) {
    List<Assisted> found = new ArrayList<>();
    Program program = course.program();
    if (Boolean.TRUE.equals(program.aiAssisted())) {
      found.add(
          new Assisted("program.yml", "program.yml", program.review(), program.source(), false));
    }
    for (CourseModule module : course.modules()) {
      if (Boolean.TRUE.equals(module.aiAssisted())) {
        found.add(
            new Assisted(
                "Module `" + module.id() + "`",
                module.file(),
                module.review(),
                module.source(),
                false));
      }
    }
    for (Item item : course.items()) {
      if (Boolean.TRUE.equals(item.aiAssisted())) {
        found.add(
            new Assisted(
                "Item `" + item.id() + "`", item.file(), item.review(), item.source(), true));
      }
    }
    return found;
  }

  private static void checkReview(Assisted thing, RuleContext context) {
    String example =
        "e.g. `review: { reviewers: [sme-chen], reviewed_on: "
            + context.today()
            + (thing.item() ? ", status: approved }`" : ", decision: approved }`");
    Review review = thing.review();
    if (review == null) {
      context.report(
          at(thing.source(), "ai_assisted"),
          thing.what()
              + " is marked `ai_assisted: true` but has no review record; AI-assisted content must"
              + " be checked by a human SME (E2659-24 automation policy). Add the review, "
              + example
              + ".");
      return;
    }
    List<String> missing = new ArrayList<>();
    boolean sme = context.index().people(review.reviewers()).stream().anyMatch(p -> p.hasRole(SME));
    if (!sme) {
      missing.add("no reviewer with the role `sme` in people.yml");
    }
    if (!APPROVED.equals(review.decision()) && !APPROVED.equals(review.status())) {
      missing.add("it is not approved");
    }
    if (review.reviewedOn() == null) {
      missing.add("it has no `reviewed_on` date");
    }
    if (!missing.isEmpty()) {
      context.report(
          at(thing.source(), "ai_assisted"),
          thing.what()
              + " is marked `ai_assisted: true`, but its review does not show a human SME approved"
              + " it: "
              + String.join("; ", missing)
              + " (E2659-24 automation policy). Complete the review, "
              + example
              + ".");
      return;
    }
    Optional<LocalDate> changed =
        context.history().available()
            ? context.history().lastChanged(thing.file())
            : Optional.empty();
    if (changed.isPresent() && review.reviewedOn().isBefore(changed.get())) {
      context.report(
          at(thing.source(), "ai_assisted"),
          thing.what()
              + " is marked `ai_assisted: true` and was last changed on "
              + changed.get()
              + " (git), after its SME review on "
              + review.reviewedOn()
              + "; the AI-assisted change has not been reviewed (E2659-24 automation policy)."
              + " Have an SME review it again and update `reviewed_on`.");
    }
  }
}
