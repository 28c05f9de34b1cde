package org.coursekit.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coursekit.evidence.EvidenceView.Fact;
import org.coursekit.model.Course;
import org.coursekit.model.Person;
import org.coursekit.model.Program;
import org.coursekit.model.Ref;
import org.coursekit.site.DisplayText;

/**
 * The program profile and the completion rule of a course as facts for the evidence bundle, worded
 * as the site words them ({@link DisplayText}). Values the author left out are left out.
 */
final class ProgramFacts {

  private static final String ALL_MODULES = "all-modules";
  private static final String ASSESSMENT_PREFIX = "assessment:";

  private ProgramFacts() {}

  static List<Fact> profile(Program program) {
    List<Fact> facts = new ArrayList<>();
    add(facts, "Program id", program.id());
    add(facts, "Title", program.title());
    add(facts, "Version", program.version());
    add(facts, "Status", program.status());
    add(facts, "Language", program.language());
    add(facts, "Credential type", humanize(program.credentialType()));
    add(facts, "Purpose", program.purpose());
    if (program.scope() != null) {
      add(facts, "Scope includes", program.scope().includes());
      add(facts, "Scope excludes", program.scope().excludes());
    }
    if (program.audience() != null) {
      add(facts, "Intended audience", program.audience().description());
      add(facts, "Audience level", DisplayText.level(program.audience().level()));
    }
    add(
        facts,
        "Prerequisites",
        program.prerequisitesNone() ? List.of("None") : program.prerequisites());
    add(facts, "Mission alignment", program.missionAlignment());
    if (program.designPlan() != null) {
      add(facts, "Delivery", DisplayText.deliveryMode(program.designPlan().deliveryMode()));
      add(facts, "Technical requirements", program.designPlan().technicalRequirements());
    }
    add(facts, "Contact hours", DisplayText.contactHours(program.contactHours()));
    add(
        facts,
        "Credits",
        program.credits().stream()
            .map(c -> DisplayText.credit(c.type(), c.amount(), c.unit()))
            .toList());
    if (program.certificate() != null) {
      add(facts, "Certificate term", DisplayText.certificateTerm(program.certificate().term()));
      add(facts, "Term rationale", program.certificate().termRationale());
      add(facts, "Certificate disclaimer", program.certificate().disclaimer());
    }
    if (program.accreditation() != null) {
      Program.Accreditation a = program.accreditation();
      add(facts, "Accreditation", joined(a.body(), a.standard(), a.status()));
    }
    if (program.evaluation() != null) {
      Program.Evaluation e = program.evaluation();
      add(facts, "Evaluation plan", e.plan());
      add(
          facts,
          "Evaluation instruments",
          e.instruments().stream().map(ProgramFacts::humanize).toList());
      add(facts, "Evaluation last completed", text(e.lastCompleted()));
    }
    if (program.quality() != null) {
      add(facts, "Internal audit", text(program.quality().internalAuditOn()));
      add(facts, "Management review", text(program.quality().managementReviewOn()));
    }
    return List.copyOf(facts);
  }

  /**
   * The completion rule and passing standard: what a learner must do, the cut score with its
   * method, panel (names from the roster) and date, and the attempts allowed.
   *
   * @param reportHref where the bundle holds the standard-setting report, or null
   */
  static List<Fact> completion(Course course, String reportHref) {
    Program.Completion completion = course.program().completion();
    List<Fact> facts = new ArrayList<>();
    if (completion == null) {
      add(facts, "Completion rule", "Not declared in program.yml");
      return List.copyOf(facts);
    }
    add(facts, "Required", completion.requires().stream().map(r -> requirement(r.id())).toList());
    Program.PassingStandard standard = completion.passingStandard();
    if (standard != null) {
      add(facts, "Passing standard", DisplayText.score(standard.score(), standard.scale()));
      add(facts, "Scoring rule", humanize(standard.rule()));
      add(
          facts,
          "Minimum per outcome",
          standard.perOutcomeMinimum().stream()
              .filter(m -> m.outcome() != null)
              .map(m -> m.outcome().id() + ": " + DisplayText.score(m.minimum(), standard.scale()))
              .toList());
      add(facts, "Standard-setting method", humanize(standard.method()));
      add(facts, "Justification", standard.justification());
      add(facts, "Standard set on", text(standard.setOn()));
      add(facts, "Standard-setting panel", names(course, standard.panel()));
      if (standard.report() != null) {
        facts.add(new Fact("Standard-setting report", List.of(standard.report()), reportHref));
      }
    }
    Program.Attempts attempts = completion.attempts();
    if (attempts != null && (attempts.max() != null || attempts.waitDays() != null)) {
      String max = attempts.max() == null ? "Unlimited attempts" : "At most " + attempts.max();
      String wait =
          attempts.waitDays() == null ? "" : ", at least " + attempts.waitDays() + " days apart";
      add(facts, "Attempts", max + wait);
    }
    return List.copyOf(facts);
  }

  private static String requirement(String id) {
    if (ALL_MODULES.equals(id)) {
      return "Every module read to its end";
    }
    if (id != null && id.startsWith(ASSESSMENT_PREFIX)) {
      return "Pass the assessment " + id.substring(ASSESSMENT_PREFIX.length()).strip();
    }
    return id;
  }

  /** {@code Dr. L. Chen (sme-chen)}; an id not on the roster stays as it is. */
  static List<String> names(Course course, List<Ref> people) {
    Map<String, Person> roster =
        course.people().stream()
            .filter(p -> p.id() != null)
            .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
    return people.stream()
        .map(Ref::id)
        .map(id -> roster.containsKey(id) ? roster.get(id).name() + " (" + id + ")" : id)
        .toList();
  }

  private static String humanize(String key) {
    return key == null ? null : DisplayText.humanize(key);
  }

  private static String joined(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part);
      }
    }
    return present.isEmpty() ? null : String.join(", ", present);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static void add(List<Fact> facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Fact(label, List.of(value.strip()), null));
    }
  }

  private static void add(List<Fact> facts, String label, List<String> values) {
    List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).toList();
    if (!present.isEmpty()) {
      facts.add(new Fact(label, present, null));
    }
  }
}
