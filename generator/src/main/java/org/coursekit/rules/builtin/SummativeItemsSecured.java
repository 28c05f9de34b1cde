package org.coursekit.rules.builtin;

import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * ASM-007, source half: summative items live only under {@code items/secure/}, and only summative
 * items live there. The site build checks the other half: no summative stem in any published page
 * ({@code org.coursekit.site.SummativeLeakCheck}).
 */
final class SummativeItemsSecured implements Rule {

  static final String SECURE_FOLDER = "items/secure/";

  @Override
  public String id() {
    return "ASM-007";
  }

  @Override
  public String name() {
    return "Summative items stay secret";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "Summative questions must stay secret to keep the assessment valid (QM 3.6 academic"
        + " integrity; test security): they live only under items/secure/, and the site build"
        + " refuses to publish a page that contains a summative question.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    for (Item item : course.items()) {
      if (!item.secure() && "summative".equals(item.use())) {
        context.report(
            item.source().positionOf("use"),
            "Summative item "
                + Labels.code(item.id())
                + " is written in "
                + item.file()
                + ", outside "
                + SECURE_FOLDER
                + ", where it could be published. Summative questions must stay secret (QM 3.6)."
                + " Move it to its own file under "
                + SECURE_FOLDER
                + ", e.g. "
                + SECURE_FOLDER
                + item.id()
                + ".yml, or make it `use: formative` if it is practice.");
      } else if (item.secure() && "formative".equals(item.use())) {
        context.report(
            item.source().positionOf("use"),
            "Item "
                + Labels.code(item.id())
                + " is marked `use: formative` but lives under "
                + SECURE_FOLDER
                + ", the folder for secret summative items, so learners never see it. Move it to"
                + " items/ if it is practice, or change it to `use: summative`.");
      }
    }
  }
}
