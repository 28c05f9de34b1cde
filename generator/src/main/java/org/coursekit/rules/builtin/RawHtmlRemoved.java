package org.coursekit.rules.builtin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.GlossaryEntry;
import org.coursekit.model.Item;
import org.coursekit.model.RawMarkup;
import org.coursekit.render.HtmlSanitiser;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/**
 * SEC-001: raw HTML, link or image targets in Markdown that publishing removes because they could
 * run script or load other pages ({@code <script>}, {@code on…} handlers, {@code javascript:} and
 * {@code data:} URLs, frames…). The site and packages are sanitised either way; this says what was
 * removed and where, so nothing an author meant to show disappears silently.
 */
final class RawHtmlRemoved implements Rule {

  @Override
  public String id() {
    return HtmlSanitiser.RULE;
  }

  @Override
  public String name() {
    return "Raw HTML that could run script is removed from published pages";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "Courses come from many hands; a published page must not run script or load pages its"
        + " authors did not intend. Only safe HTML is published; coursekit.yml's `html.allow`"
        + " widens the allow-list on purpose.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    HtmlSanitiser sanitiser = HtmlSanitiser.of(course.config().html());
    Map<String, List<String>> judged = new HashMap<>();
    for (CourseModule module : course.modules()) {
      for (RawMarkup markup : module.markup()) {
        List<String> what = sanitiser.removals(markup, judged);
        if (!what.isEmpty()) {
          context.report(markup.at(), HtmlSanitiser.removedMessage(what));
        }
      }
    }
    for (Item item : course.items()) {
      check(sanitiser, item.stem(), field(item.source(), "stem", item.at()), context);
      check(sanitiser, item.feedback(), field(item.source(), "feedback", item.at()), context);
      for (Item.Option option : item.options()) {
        SourceRef at = option.at() != null ? option.at() : item.at();
        check(sanitiser, option.text(), at, context);
        check(sanitiser, option.feedback(), at, context);
      }
    }
    for (GlossaryEntry entry : course.glossary()) {
      check(sanitiser, entry.definition(), entry.at(), context);
    }
    if (course.program() != null) {
      YamlMap source = course.program().source();
      SourceRef at = course.program().at();
      check(sanitiser, course.program().purpose(), field(source, "purpose", at), context);
      check(sanitiser, course.program().disclosure(), field(source, "disclosure", at), context);
    }
  }

  /** A Markdown text of a YAML file, reported at the value's position. */
  private static void check(
      HtmlSanitiser sanitiser, String text, SourceRef at, RuleContext context) {
    // Without `<` there is no raw HTML and without `[` no link or image but bare web addresses.
    if (text == null || text.indexOf('<') < 0 && text.indexOf('[') < 0 || at == null) {
      return;
    }
    for (HtmlSanitiser.Removal removal : sanitiser.removalsInMarkdown(text)) {
      context.report(at, HtmlSanitiser.removedMessage(removal.what()));
    }
  }

  private static SourceRef field(YamlMap source, String key, SourceRef fallback) {
    if (source == null || !source.has(key)) {
      return fallback;
    }
    return source.get(key).map(node -> node.at()).orElse(fallback);
  }
}
