package org.coursekit.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coursekit.model.Assessment;
import org.coursekit.model.Item;
import org.coursekit.model.Ref;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.render.ScriptJson;
import org.coursekit.site.QuizView;
import org.coursekit.site.SiteGenerator;
import org.coursekit.site.SitePages;
import org.coursekit.site.SummativeItemViews;

/**
 * The data the runtime reads: the package data of the launch page ({@code ck-package}) and the
 * assessment data of the assessment page ({@code ck-assessment}). Keys keep a fixed order, so the
 * pages are the same bytes on every build.
 */
final class PackageData {

  static final String OVERVIEW_PAGE = SiteGenerator.PACKAGE_LANDING_PAGE;
  static final String GLOSSARY_PAGE = "glossary.html";

  private final ScriptJson scriptJson = new ScriptJson();
  private final ObjectMapper json = new ObjectMapper();
  private final SummativeItemViews itemViews;

  PackageData(MarkdownRenderer markdown) {
    this.itemViews = new SummativeItemViews(markdown);
  }

  /** The pages of the shell in the order the suspend data numbers them. */
  static List<LaunchShell.Page> pages(PackagePlan plan, boolean hasGlossary) {
    List<LaunchShell.Page> pages = new ArrayList<>();
    pages.add(new LaunchShell.Page("overview", "Course overview", OVERVIEW_PAGE, "overview"));
    for (PackagePlan.ModuleEntry module : plan.modules()) {
      pages.add(
          new LaunchShell.Page(
              module.id(), module.title(), SitePages.href(module.href()), "module"));
    }
    if (hasGlossary) {
      pages.add(new LaunchShell.Page("glossary", "Glossary", GLOSSARY_PAGE, "glossary"));
    }
    if (plan.assessment() != null) {
      pages.add(
          new LaunchShell.Page(
              plan.assessment().source().id(),
              plan.assessment().title(),
              PackagePlans.ASSESSMENT_PAGE,
              "assessment"));
    }
    return pages;
  }

  /** The {@code ck-package} JSON of one format, script-safe. */
  String packageJson(
      PackagePlan plan, PackageFormat format, boolean hasGlossary, boolean interactions) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("format", format.id());
    data.put("programId", plan.programId());
    data.put("title", plan.title());
    data.put("version", plan.version());
    data.put("language", plan.language());
    data.put("modulesKey", modulesKey(plan));
    data.put("assessmentKey", assessmentKey(plan));
    data.put("overview", OVERVIEW_PAGE);
    data.put("glossary", hasGlossary ? GLOSSARY_PAGE : null);
    List<Map<String, Object>> modules = new ArrayList<>();
    for (PackagePlan.ModuleEntry module : plan.modules()) {
      modules.add(
          ordered(
              "id", module.id(), "title", module.title(), "href", SitePages.href(module.href())));
    }
    data.put("modules", modules);
    List<Map<String, Object>> objectives = new ArrayList<>();
    for (PackagePlan.ObjectiveEntry objective : plan.objectives()) {
      objectives.add(
          ordered(
              "id", objective.id(), "moduleId", objective.moduleId(), "text", objective.text()));
    }
    data.put("objectives", objectives);
    List<Map<String, Object>> pages = new ArrayList<>();
    for (LaunchShell.Page page : pages(plan, hasGlossary)) {
      pages.add(
          ordered(
              "id", page.id(), "title", page.title(), "href", page.href(), "kind", page.kind()));
    }
    data.put("pages", pages);
    PackagePlan.AssessmentEntry assessment = plan.assessment();
    data.put(
        "completion",
        ordered(
            "allModules",
            plan.allModulesRequired(),
            "assessment",
            assessment == null ? null : assessment.source().id()));
    data.put(
        "assessment",
        assessment == null
            ? null
            : ordered(
                "id",
                assessment.source().id(),
                "title",
                assessment.title(),
                "href",
                PackagePlans.ASSESSMENT_PAGE));
    data.put(
        "mastery",
        plan.masteryPercent() == null
            ? null
            : ordered("score", plan.masteryPercent(), "scale", plan.masteryScale()));
    data.put("attempts", ordered("max", plan.attemptsMax(), "waitDays", plan.waitDays()));
    List<Map<String, Object>> inPerson = new ArrayList<>();
    plan.inPerson().forEach(a -> inPerson.add(ordered("id", a.id(), "title", a.title())));
    data.put(
        "inPerson",
        inPerson.isEmpty()
            ? null
            : ordered("assessments", inPerson, "passMark", plan.inPersonPassMark()));
    data.put("suspendDataLimit", format.suspendDataLimit());
    data.put("interactions", interactions);
    return scriptJson.write(data);
  }

  /** The {@code ck-assessment} JSON, script-safe; the plan must have an assessment. */
  String assessmentJson(PackagePlan plan) {
    PackagePlan.AssessmentEntry entry = plan.assessment();
    Assessment source = entry.source();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", source.id());
    data.put("title", entry.title());
    Assessment.Delivery delivery = source.delivery();
    data.put("timeLimitMinutes", delivery == null ? null : delivery.timeLimitMinutes());
    data.put("randomize", delivery != null && Boolean.TRUE.equals(delivery.randomize()));
    data.put("draw", entry.draw());
    List<Map<String, Object>> blueprint = new ArrayList<>();
    for (Assessment.BlueprintRow row : source.blueprint()) {
      blueprint.add(
          ordered(
              "objective",
              row.objective() == null ? null : row.objective().id(),
              "weight",
              row.weight(),
              "minItems",
              row.minItems()));
    }
    data.put("blueprint", blueprint);
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < entry.items().size(); i++) {
      Item item = entry.items().get(i);
      itemViews.view(item, "ck-item-" + (i + 1)).ifPresent(view -> items.add(item(item, view)));
    }
    data.put("items", items);
    return scriptJson.write(data);
  }

  private Map<String, Object> item(Item item, QuizView view) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", item.id());
    data.put("type", view.type());
    data.put("domId", view.domId());
    data.put("stemHtml", view.stemHtml());
    data.put("options", view.options().stream().map(o -> Map.of("html", o.html())).toList());
    data.put("rows", view.rows().stream().map(r -> Map.of("html", r.html())).toList());
    data.put("choices", view.choices());
    data.put("key", key(view));
    data.put("points", PackagePlans.points(item));
    data.put("objectives", item.objectives().stream().map(Ref::id).toList());
    return data;
  }

  private JsonNode key(QuizView view) {
    try {
      return json.readTree(view.keyJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A quiz key is always JSON: " + view.keyJson(), e);
    }
  }

  /**
   * A short fingerprint of the modules in delivery order: when a republished package changes them,
   * the runtime drops the saved module progress instead of misreading it. Base 36 of a 32-bit
   * FNV-1a hash.
   */
  static String modulesKey(PackagePlan plan) {
    StringBuilder text = new StringBuilder("modules");
    plan.modules().forEach(m -> text.append('\n').append(m.id()));
    return fingerprint(text.toString());
  }

  /**
   * A short fingerprint of what saved answers refer to (the pool, the draw and the blueprint): when
   * a republished package changes any of it, the runtime drops the attempt in progress, not the
   * module progress or the attempts already counted. Empty without an assessment.
   */
  static String assessmentKey(PackagePlan plan) {
    PackagePlan.AssessmentEntry assessment = plan.assessment();
    if (assessment == null) {
      return "";
    }
    StringBuilder text = new StringBuilder(assessment.source().id());
    text.append('|').append(assessment.draw());
    assessment.items().forEach(item -> text.append('\n').append(item.id()));
    for (Assessment.BlueprintRow row : assessment.source().blueprint()) {
      text.append("\nB")
          .append(row.objective() == null ? "" : row.objective().id())
          .append('|')
          .append(row.weight() == null ? "" : row.weight().toPlainString())
          .append('|')
          .append(row.minItems() == null ? "" : row.minItems());
    }
    return fingerprint(text.toString());
  }

  private static String fingerprint(String text) {
    int hash = 0x811c9dc5;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x01000193;
    }
    return Long.toString(Integer.toUnsignedLong(hash), 36);
  }

  /** A map that keeps the order of its {@code key, value} pairs and allows null values. */
  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      map.put((String) pairs[i], value instanceof BigDecimal d ? d.stripTrailingZeros() : value);
    }
    return map;
  }
}
