package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.VerbAdvice.capitalised;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coursekit.diag.Severity;
import org.coursekit.diag.Suggestions;
import org.coursekit.model.Course;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.rules.language.Domain;
import org.coursekit.rules.language.ObjectiveText;
import org.coursekit.rules.language.ObjectiveText.Lead;
import org.coursekit.rules.language.VerbCatalog;

/**
 * LO-001: an objective or outcome starts, after its stem, with an observable action verb of its
 * domain's list or of the program's allow-list ({@code LO-001: { allow: [gown, aliquot] }}). No
 * verb is an error, an unknown verb a warning, a context-dependent verb an info finding. Blocked
 * verbs and phrases are left to LO-002, teacher-side openers to LO-005.
 */
final class ObservableLeadVerb implements Rule {

  static final String ALLOW = "allow";

  private static final String WHY =
      " Objectives must name a performance an assessor can observe" + " (IACET 5.1; QM 2.1, 2.2).";

  private static final List<String> DOMAIN_WORDS =
      Arrays.stream(Domain.values()).map(Domain::word).toList();

  @Override
  public String id() {
    return "LO-001";
  }

  @Override
  public String name() {
    return "Objective starts with an observable action verb";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "IACET 5.1, QM 2.1/2.2 and ACPE Standard 4: objectives must be measurable, so each"
        + " starts with an observable action verb (after a stem such as \"Learners will be able"
        + " to\"). No verb is an error; a verb outside CourseKit's lists is a warning, which an"
        + " observable field-specific verb can silence through the `allow` list.";
  }

  @Override
  public Set<String> optionNames() {
    return Set.of(ALLOW);
  }

  @Override
  public void check(Course course, RuleContext context) {
    VerbCatalog catalog = VerbCatalog.builtin();
    List<String> allowed = context.textsOption(ALLOW, List.of());
    for (ObjectiveStatement statement : ObjectiveStatement.of(course)) {
      checkDomain(statement, context);
      if (!statement.hasText()) {
        // PRG-002 reports an outcome without text.
        if (!statement.outcome()) {
          context.report(
              Severity.ERROR,
              statement.textAt(),
              statement.label()
                  + " has no `text`, so it names no performance."
                  + WHY
                  + " Add the text, starting with an action verb, e.g. `text: Verify the"
                  + " chain-of-identity labels against the order record`.");
        }
        continue;
      }
      ObjectiveText text = context.index().objectiveText(statement.text(), catalog);
      if (text.bareBeAbleTo()) {
        context.report(
            Severity.INFO,
            statement.textAt(),
            statement.label()
                + " starts with “Be able to”, which adds nothing an assessor can observe."
                + " Objectives are clearest when they start with the performance itself (QM 2.3)."
                + " Delete “Be able to” so that the text starts with the verb"
                + (text.lead().kind() == ObjectiveText.LeadKind.VERB
                    ? " (“" + capitalised(text.lead().words()) + " …”)."
                    : "."));
      }
      checkLead(statement, text, allowed, catalog, context);
    }
  }

  private static void checkDomain(ObjectiveStatement statement, RuleContext context) {
    if (statement.domain() == null || Domain.parse(statement.domain()).isPresent()) {
      return;
    }
    String hint = Suggestions.didYouMean(statement.domain(), DOMAIN_WORDS);
    context.report(
        statement.source().positionOf("domain"),
        "`domain: "
            + statement.domain()
            + "` of "
            + statement.name()
            + " is not a domain CourseKit knows, so its verb was checked against the cognitive"
            + " (Bloom) lists. Psychomotor and affective objectives have their own verb lists"
            + " (course-format.md, section 10). Write `domain: cognitive`, `psychomotor` or"
            + " `affective`."
            + (hint.isEmpty() ? "" : " " + hint));
  }

  private static void checkLead(
      ObjectiveStatement statement,
      ObjectiveText text,
      List<String> allowed,
      VerbCatalog catalog,
      RuleContext context) {
    Lead lead = text.lead();
    String suggestion = VerbAdvice.suggestion(catalog, statement);
    switch (lead.kind()) {
      case NONE ->
          context.report(
              Severity.ERROR,
              statement.textAt(),
              statement.label()
                  + (text.stem().isEmpty()
                      ? " has no words"
                      : " has only the stem “" + text.stem() + "”")
                  + " and names no performance."
                  + WHY
                  + " Write what the learner will do, starting with "
                  + suggestion
                  + ".");
      case TOPIC ->
          context.report(
              Severity.ERROR,
              statement.textAt(),
              statement.label()
                  + " does not start with an observable action verb: “"
                  + lead.words()
                  + "” names a topic, not something the learner does."
                  + WHY
                  + VerbAdvice.topicFix(lead, " Start with " + suggestion + "."));
      case UNKNOWN -> {
        if (!isAllowed(text, allowed)) {
          context.report(
              statement.textAt(),
              statement.label()
                  + " starts with “"
                  + lead.words()
                  + "”, which is not in CourseKit's lists of observable verbs."
                  + WHY
                  + " Use "
                  + suggestion
                  + "; if “"
                  + lead.verb()
                  + "” is an observable action in your field, add it to the program's"
                  + " allow-list under `rules:` in coursekit.yml: `LO-001: { allow: ["
                  + lead.verb()
                  + "] }`.");
        }
      }
      case VERB -> checkVerb(statement, text, allowed, catalog, context, suggestion);
      case TEACHER, BLOCKED_PHRASE -> {
        // LO-005 and LO-002 report these with the specific reason.
      }
    }
  }

  private static void checkVerb(
      ObjectiveStatement statement,
      ObjectiveText text,
      List<String> allowed,
      VerbCatalog catalog,
      RuleContext context,
      String suggestion) {
    String verb = text.lead().verb();
    Domain domain = statement.domainOrCognitive();
    if (catalog.isBlocked(verb) || catalog.approvedIn(domain, verb) || isAllowed(text, allowed)) {
      return;
    }
    String written = "“" + text.lead().words() + "”";
    if (catalog.isContextDependent(verb)) {
      context.report(
          Severity.INFO,
          statement.textAt(),
          statement.label()
              + " starts with "
              + written
              + ", whose meaning depends on context: an assessor cannot tell what the learner"
              + " will produce or do."
              + WHY
              + ("utilize".equals(verb)
                  ? " Write “Use” instead; it says the same more plainly."
                  : " Name the observable performance with " + suggestion + "."));
      return;
    }
    Set<Domain> domains = catalog.domainsOf(verb);
    String verbDomains =
        domains.stream().map(Domain::word).sorted().collect(Collectors.joining(" and "));
    if (domain == Domain.COGNITIVE) {
      Domain other = domains.iterator().next();
      context.report(
          statement.textAt(),
          statement.label()
              + " starts with "
              + written
              + ", a verb of the "
              + verbDomains
              + " domain, but the objective is cognitive. Each domain has its own list of"
              + " observable verbs (course-format.md, section 10). If the objective is "
              + (other == Domain.PSYCHOMOTOR ? "a physical skill" : "about attitudes or values")
              + ", add `domain: "
              + other.word()
              + "`; otherwise start with "
              + suggestion
              + ".");
      return;
    }
    context.report(
        statement.textAt(),
        statement.label()
            + " is a "
            + domain.word()
            + " objective, but "
            + written
            + " is not a "
            + domain.word()
            + " verb. "
            + capitalised(domain.word())
            + " objectives name "
            + (domain == Domain.PSYCHOMOTOR
                ? "a physical performance"
                : "an observable behaviour that shows a value or attitude")
            + " (accreditation-rules.md, section 4; course-format.md, section 10). Start with "
            + suggestion
            + ", or remove `domain: "
            + domain.word()
            + "` if the objective is cognitive.");
  }

  private static boolean isAllowed(ObjectiveText text, List<String> allowed) {
    return allowed.stream().anyMatch(text::leadIs);
  }
}
