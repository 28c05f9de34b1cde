package org.coursekit.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Outcome;
import org.coursekit.model.Program;
import org.coursekit.model.Ref;
import org.coursekit.render.Slugs;
import org.coursekit.rules.builtin.RequiredAssessments;

/**
 * Builds the landing page model from {@code program.yml}: the facts a learner must see before
 * enrolling (DSC-001), in plain words.
 */
final class LandingPages {

  private static final String ALL_MODULES = "all-modules";

  private LandingPages() {}

  /**
   * @param policyPaths where each local policy was published in the site, by policy name
   * @param purposeHtml the rendered purpose
   * @param disclosureHtml the rendered learner disclosure, or null
   */
  static LandingPage build(
      Course course,
      List<CourseModule> order,
      Map<String, String> policyPaths,
      String purposeHtml,
      String disclosureHtml) {
    Program program = course.program();
    List<NavLink> modules = NavLink.toModules(order, "", null);
    int totalMinutes =
        order.stream()
            .map(CourseModule::durationMinutes)
            .filter(Objects::nonNull)
            .reduce(0, Integer::sum);
    String startHref = modules.isEmpty() ? null : modules.get(0).href();
    if (program == null) {
      return withoutProgram(modules, DisplayText.minutes(totalMinutes), startHref);
    }
    Program.Completion completion = program.completion();
    Program.PassingStandard standard = completion == null ? null : completion.passingStandard();
    Program.Scope scope = program.scope();
    Program.Audience audience = program.audience();
    Program.DesignPlan design = program.designPlan();
    Program.Certificate certificate = program.certificate();
    List<LandingPage.PolicyLink> policies = policies(program, policyPaths);
    return new LandingPage(
        Objects.requireNonNullElse(program.title(), "Course"),
        program.version(),
        purposeHtml,
        scope == null ? List.of() : nonBlank(scope.includes()),
        scope == null ? List.of() : nonBlank(scope.excludes()),
        audience == null ? null : audience.description(),
        audience == null ? null : DisplayText.level(audience.level()),
        nonBlank(program.prerequisites()),
        program.prerequisitesNone(),
        program.outcomes().stream()
            .filter(outcome -> outcome.text() != null && !outcome.text().isBlank())
            .map(outcome -> new LandingPage.OutcomeView(outcome.id(), outcome.text().strip()))
            .toList(),
        design == null ? null : DisplayText.deliveryMode(design.deliveryMode()),
        design == null ? null : design.technicalRequirements(),
        requirements(course, completion, order.size()),
        standard == null ? null : DisplayText.score(standard.score(), standard.scale()),
        standard == null ? null : passingRule(standard, completion),
        standard == null ? List.of() : outcomeMinimums(program, standard),
        completion == null ? null : attempts(completion.attempts()),
        DisplayText.minutes(totalMinutes),
        DisplayText.contactHours(program.contactHours()),
        program.credits().stream()
            .map(credit -> DisplayText.credit(credit.type(), credit.amount(), credit.unit()))
            .toList(),
        certificate == null ? null : DisplayText.certificateTerm(certificate.term()),
        certificate == null ? null : certificate.disclaimer(),
        certificate == null ? null : certificate.designation(),
        accreditation(program),
        disclosureHtml,
        policies,
        named(program, policyPaths, "appeals"),
        named(program, policyPaths, "accommodations"),
        modules,
        startHref);
  }

  /** A course whose program.yml could not be read still gets an index of its modules. */
  private static LandingPage withoutProgram(
      List<NavLink> modules, String totalDuration, String startHref) {
    return new LandingPage(
        "Course",
        null,
        null,
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        false,
        List.of(),
        null,
        null,
        List.of(),
        null,
        null,
        List.of(),
        null,
        totalDuration,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        modules,
        startHref);
  }

  private static List<LandingPage.Requirement> requirements(
      Course course, Program.Completion completion, int moduleCount) {
    List<LandingPage.Requirement> requirements = new ArrayList<>();
    if (completion == null) {
      return requirements;
    }
    for (Ref ref : completion.requires()) {
      String id = ref.id();
      if (ALL_MODULES.equals(id)) {
        requirements.add(
            new LandingPage.Requirement(
                moduleCount == 1
                    ? "Complete the module."
                    : "Complete all " + moduleCount + " modules.",
                null));
      } else if (RequiredAssessments.assessmentId(id).isPresent()) {
        String assessmentId = RequiredAssessments.assessmentId(id).get();
        Optional<Assessment> assessment =
            course.assessments().stream().filter(a -> assessmentId.equals(a.id())).findFirst();
        requirements.add(
            new LandingPage.Requirement(
                "Pass the " + DisplayText.humanize(assessmentId).toLowerCase(Locale.ROOT) + ".",
                assessment.map(LandingPages::assessmentNote).orElse(null)));
      } else {
        requirements.add(new LandingPage.Requirement(DisplayText.humanize(id) + ".", null));
      }
    }
    return requirements;
  }

  private static String assessmentNote(Assessment assessment) {
    Assessment.Delivery delivery = assessment.delivery();
    List<String> parts = new ArrayList<>();
    if (delivery != null && delivery.inPerson()) {
      parts.add("Taken in person, not on this site; your result is recorded by the course team.");
    } else {
      parts.add("Taken online.");
    }
    if (delivery != null && delivery.timeLimitMinutes() != null) {
      parts.add("Time limit: " + DisplayText.minutes(delivery.timeLimitMinutes()) + ".");
    }
    return String.join(" ", parts);
  }

  private static String passingRule(
      Program.PassingStandard standard, Program.Completion completion) {
    long assessments =
        completion.requires().stream()
            .filter(r -> RequiredAssessments.assessmentId(r).isPresent())
            .count();
    List<String> parts = new ArrayList<>();
    if (assessments > 1) {
      parts.add("Your scores on the assessments are added together.");
    }
    if ("conjunctive".equals(standard.rule())) {
      parts.add("You must also reach the minimum score for each outcome listed below.");
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  private static List<String> outcomeMinimums(Program program, Program.PassingStandard standard) {
    List<String> minimums = new ArrayList<>();
    for (Program.OutcomeMinimum minimum : standard.perOutcomeMinimum()) {
      String outcomeId = minimum.outcome().id();
      String text =
          program.outcomes().stream()
              .filter(outcome -> outcomeId.equals(outcome.id()))
              .map(Outcome::text)
              .filter(Objects::nonNull)
              .findFirst()
              .map(t -> outcomeId + " (" + t.strip() + ")")
              .orElse(outcomeId);
      minimums.add(text + ": at least " + DisplayText.score(minimum.minimum(), standard.scale()));
    }
    return minimums;
  }

  private static String attempts(Program.Attempts attempts) {
    if (attempts == null || (attempts.max() == null && attempts.waitDays() == null)) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    if (attempts.max() != null) {
      text.append(
          attempts.max() == 1
              ? "You may take the assessment once"
              : "You may take the assessment up to " + attempts.max() + " times");
    } else {
      text.append("You may retake the assessment");
    }
    if (attempts.waitDays() != null
        && attempts.waitDays() > 0
        && !Integer.valueOf(1).equals(attempts.max())) {
      text.append(", with at least ")
          .append(attempts.waitDays())
          .append(attempts.waitDays() == 1 ? " day" : " days")
          .append(" between attempts");
    }
    return text.append('.').toString();
  }

  /**
   * The accreditation statement, only for an active accreditation that covers this program: a claim
   * the program cannot back up must not appear (DSC-002).
   */
  private static String accreditation(Program program) {
    Program.Accreditation accreditation = program.accreditation();
    if (accreditation == null
        || !"active".equals(accreditation.status())
        || accreditation.body() == null
        || !accreditation.scope().contains(program.id())) {
      return null;
    }
    String under =
        accreditation.standard() == null ? "" : " under " + accreditation.standard().strip();
    return "This certificate program is accredited by "
        + accreditation.body().strip()
        + under
        + ".";
  }

  private static List<LandingPage.PolicyLink> policies(
      Program program, Map<String, String> policyPaths) {
    return program.policies().stream()
        .sorted(Comparator.comparingInt(LandingPages::policyRank))
        .map(policy -> link(policy, policyPaths))
        .flatMap(Optional::stream)
        .toList();
  }

  private static int policyRank(Program.Policy policy) {
    int rank = DisplayText.POLICY_ORDER.indexOf(policy.name());
    return rank < 0 ? DisplayText.POLICY_ORDER.size() : rank;
  }

  private static LandingPage.PolicyLink named(
      Program program, Map<String, String> policyPaths, String name) {
    return program.policies().stream()
        .filter(policy -> name.equals(policy.name()))
        .findFirst()
        .flatMap(policy -> link(policy, policyPaths))
        .orElse(null);
  }

  private static Optional<LandingPage.PolicyLink> link(
      Program.Policy policy, Map<String, String> policyPaths) {
    String label = DisplayText.policyLabel(policy.name());
    String id = "policy-" + Slugs.slug(policy.name());
    if (policy.target() != null && policy.external()) {
      return Optional.of(new LandingPage.PolicyLink(id, label, policy.target().strip(), true));
    }
    return Optional.ofNullable(policyPaths.get(policy.name()))
        .map(path -> new LandingPage.PolicyLink(id, label, SitePaths.href(path), false));
  }

  private static List<String> nonBlank(List<String> values) {
    return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }
}
