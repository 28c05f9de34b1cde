package org.coursekit.rules.builtin;

import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * DSC-001, source half: program.yml declares everything the landing page must show (see {@link
 * LandingPageFact}). A fact whose field another rule owns (the purpose is PRG-001's, the
 * certificate term PRG-005's) is reported missing by that rule only, so one missing field gives one
 * finding. The site build checks that the published landing page shows every declared fact.
 */
final class LandingPageInformation implements Rule {

  @Override
  public String id() {
    return "DSC-001";
  }

  @Override
  public String name() {
    return "Learners see what they are signing up for";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "Before enrolling, learners must see the purpose, scope and exclusions, audience,"
        + " prerequisites, outcomes, completion rule with passing standard and attempts, hours,"
        + " certificate term, delivery format and technical needs, and the fees/refund,"
        + " accommodations and appeals policies (E2659-24 required policies; QM Standard 1, 2.3,"
        + " 3.2; ICE/CACS Standard 1). The site build also checks the published landing page.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = ReadableFiles.program(course);
    if (program == null) {
      return;
    }
    for (LandingPageFact fact : LandingPageFact.values()) {
      if (fact.owner().equals(id()) && !fact.presentIn(program)) {
        context.report(
            fact.at(program),
            "The landing page cannot show "
                + fact.label()
                + ": program.yml has no `"
                + fact.key()
                + "`. Learners must see it before they enrol (E2659-24 public information and"
                + " required policies; QM Standard 1). Add it, e.g. `"
                + fact.example()
                + "`.");
      }
    }
  }
}
