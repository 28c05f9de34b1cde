package org.coursekit.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coursekit.model.Course;
import org.coursekit.render.MarkdownRenderer;

/**
 * What the package runtime would report for a course, worked out without writing a package: how
 * completion and success are decided and the longest suspend_data it can write ({@link
 * SuspendDataBudget}). The preview server shows it beside each module page.
 *
 * @param moduleIds the module ids in delivery order
 * @param allModulesRequired completion needs every module read to its end
 * @param assessmentTitle the summative assessment completion needs, or null
 * @param masteryPercent the passing score in percent, or null when the package decides no success
 * @param suspendDataWorstCase the longest suspend_data the runtime can write, in characters
 */
public record RuntimePreview(
    List<String> moduleIds,
    boolean allModulesRequired,
    String assessmentTitle,
    BigDecimal masteryPercent,
    int suspendDataWorstCase) {

  public RuntimePreview {
    moduleIds = List.copyOf(moduleIds);
  }

  /** The preview of {@code course}, whose program must be present. */
  public static RuntimePreview of(Course course) {
    Objects.requireNonNull(course.program(), "program");
    MarkdownRenderer markdown = new MarkdownRenderer();
    // Packaging findings are reported by the package build; the preview only needs the plan.
    PackagePlan plan = new PackagePlans(markdown).plan(course, new ArrayList<>());
    boolean hasGlossary = !course.glossary().isEmpty();
    int pages = PackageData.pages(plan, hasGlossary).size();
    return new RuntimePreview(
        plan.modules().stream().map(PackagePlan.ModuleEntry::id).toList(),
        plan.allModulesRequired(),
        plan.assessment() == null ? null : plan.assessment().title(),
        plan.masteryPercent(),
        SuspendDataBudget.worstCase(plan, pages));
  }
}
