package org.coursekit.rules.builtin;

import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.rules.language.ObjectiveText.Lead;
import org.coursekit.rules.language.ObjectiveText.LeadKind;
import org.coursekit.rules.language.ObjectiveText.TopicForm;
import org.coursekit.rules.language.VerbCatalog;

/**
 * LO-005: an objective or outcome is written from the learner's side: it does not start with a
 * teacher-side opener ("Introduce", "This module will", "The instructor will") or with a topic (a
 * noun phrase, an -ing form such as "Cloning a repository", "Overview of").
 */
final class LearnerPerspective implements Rule {

  private static final String WHY =
      " Objectives say what the learner will be able to do, from the learner's side (QM 2.3;"
          + " Michigan Tech verb list).";

  @Override
  public String id() {
    return "LO-005";
  }

  @Override
  public String name() {
    return "Written from the learner's side, not as a topic or teaching plan";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "QM 2.3 and the Michigan Tech verb list (\"cover\", \"provide\"): an objective that"
        + " names a topic (\"Cryopreservation basics\", \"Cloning a repository\") or what the"
        + " instructor does (\"Introduce…\", \"This module will…\") says nothing about what the"
        + " learner must be able to do, so it cannot be assessed.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    VerbCatalog catalog = VerbCatalog.builtin();
    for (ObjectiveStatement statement : ObjectiveStatement.written(course)) {
      Lead lead = context.index().objectiveText(statement.text(), catalog).lead();
      String fix =
          VerbAdvice.topicFix(
              lead,
              " Rewrite it as the learner's performance, starting with "
                  + VerbAdvice.suggestion(catalog, statement)
                  + ".");
      if (lead.kind() == LeadKind.TEACHER) {
        context.report(
            statement.textAt(),
            statement.label()
                + " starts with “"
                + lead.words()
                + "”, which describes what the instructor or the module does, not what the"
                + " learner will be able to do."
                + WHY
                + fix);
      } else if (lead.kind() == LeadKind.TOPIC) {
        context.report(
            statement.textAt(),
            statement.label()
                + " starts with “"
                + lead.words()
                + "”, "
                + (lead.form() == TopicForm.GERUND
                    ? "an -ing form that names a topic or activity"
                    : "which names a topic")
                + " rather than what the learner will be able to do."
                + WHY
                + fix);
      }
    }
  }
}
