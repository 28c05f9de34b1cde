package org.coursekit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coursekit.diag.Finding;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Ref;
import org.coursekit.report.CoverageView.FindingGroup;
import org.coursekit.report.CoverageView.FindingLine;
import org.coursekit.rules.CourseIndex;

/**
 * The findings grouped the way a reviewer reads a course: program-wide files first (program.yml,
 * people.yml, assessments, glossary, settings, documents), then each module in delivery order. A
 * module's group holds the findings in its file, in its media folder, and in the items that measure
 * its objectives (an item goes with the module of its first objective that has one). Every module
 * is listed, also without findings.
 */
final class FindingGroups {

  static final String PROGRAM_WIDE = "Program-wide";
  private static final String PROGRAM_WIDE_KEY = "";

  private FindingGroups() {}

  /**
   * The groups of {@code findings} (sorted) on {@code course}, which may be null; those among
   * {@code baselined} are marked as accepted in the baseline.
   */
  static List<FindingGroup> of(
      Course course, List<Finding> findings, List<Finding> baselined, RuleDescriptions rules) {
    // Counted, not a set: the same finding can occur more often than the baseline records it.
    Map<Finding, Integer> accepted = new HashMap<>();
    baselined.forEach(finding -> accepted.merge(finding, 1, Integer::sum));
    List<CourseModule> modules = course == null ? List.of() : course.deliveryOrder();
    // Groups are keyed by module file, which is unique even when module ids are not.
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, List<FindingLine>> lines = new HashMap<>();
    titles.put(PROGRAM_WIDE_KEY, PROGRAM_WIDE);
    Map<String, String> groupOfFile = new HashMap<>();
    for (CourseModule module : modules) {
      titles.put(module.file(), title(module));
      groupOfFile.put(module.file(), module.file());
    }
    if (course != null) {
      assignItems(course, groupOfFile);
    }
    for (Finding finding : findings) {
      String file = finding.at().file();
      String group = groupOfFile.get(file);
      for (int i = 0; group == null && i < modules.size(); i++) {
        if (file.startsWith(mediaFolder(modules.get(i)))) {
          group = modules.get(i).file();
        }
      }
      lines
          .computeIfAbsent(group == null ? PROGRAM_WIDE_KEY : group, k -> new ArrayList<>())
          .add(line(finding, accepted.merge(finding, -1, Integer::sum) >= 0, rules));
    }
    List<FindingGroup> result = new ArrayList<>();
    titles.forEach(
        (key, title) ->
            result.add(new FindingGroup(title, List.copyOf(lines.getOrDefault(key, List.of())))));
    return List.copyOf(result);
  }

  private static void assignItems(Course course, Map<String, String> groupOfFile) {
    CourseIndex index = CourseIndex.of(course);
    for (Item item : course.items()) {
      if (groupOfFile.containsKey(item.file())) {
        continue; // an inline quiz: it lives in its module's file
      }
      item.objectives().stream()
          .map(Ref::id)
          .map(index::objective)
          .flatMap(Optional::stream)
          .findFirst()
          .ifPresent(placed -> groupOfFile.put(item.file(), placed.module().file()));
    }
  }

  /** {@code modules/m01-receipt/} for {@code modules/m01-receipt.md}: the module's images. */
  private static String mediaFolder(CourseModule module) {
    String file = module.file();
    return (file.endsWith(".md") ? file.substring(0, file.length() - 3) : file) + "/";
  }

  private static FindingLine line(Finding finding, boolean baselined, RuleDescriptions rules) {
    return new FindingLine(
        finding.severity().label(),
        finding.at().toString(),
        finding.rule(),
        rules.describe(finding.rule()).name(),
        PlainText.clean(finding.message()),
        PlainText.htmlWithCode(finding.message()),
        baselined);
  }

  private static String title(CourseModule module) {
    String id = module.id() == null ? module.file() : module.id();
    return module.title() == null ? "Module " + id : "Module " + id + ": " + module.title();
  }
}
