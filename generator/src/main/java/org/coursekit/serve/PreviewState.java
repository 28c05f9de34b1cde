package org.coursekit.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.coursekit.diag.Finding;
import org.coursekit.pack.PackageFormat;
import org.coursekit.pack.RuntimePreview;
import org.coursekit.report.JsonText;

/**
 * The preview after one build: its number, the files whose change caused it, every finding, what
 * the package runtime would report, and the reason when the build itself failed.
 *
 * @param generation 1 for the first build, one more for each rebuild
 * @param edited the changed files (relative to the course folder) this build answered; empty for
 *     the first build
 * @param runtime the LMS panel's data (null when the course has no readable program), worked out on
 *     first use
 * @param problem why the site could not be rebuilt (the previous site stays), or null
 */
record PreviewState(
    int generation,
    Set<String> edited,
    List<Finding> findings,
    Supplier<RuntimePreview> runtime,
    String problem) {

  PreviewState {
    edited = Set.copyOf(new TreeSet<>(edited));
    findings = findings.stream().sorted().toList();
  }

  /** The findings in the edited files: what the page overlay and the console show. */
  List<Finding> editedFindings() {
    return findings.stream().filter(f -> edited.contains(f.at().file())).toList();
  }

  /** {@code /__coursekit/state.json}, read by the page script. */
  String json() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("generation", generation);
    ArrayNode files = root.putArray("edited");
    new TreeSet<>(edited).forEach(files::add);
    root.put("problem", problem);
    ArrayNode list = root.putArray("findings");
    for (Finding finding : editedFindings()) {
      list.addObject()
          .put("severity", finding.severity().label())
          .put("rule", finding.rule())
          .put("file", finding.at().file())
          .put("line", finding.at().line())
          .put("column", finding.at().column())
          .put("message", finding.message())
          .put("text", finding.format());
    }
    RuntimePreview runtime = this.runtime.get();
    if (runtime != null) {
      ObjectNode lms = root.putObject("lms");
      ArrayNode modules = lms.putArray("modules");
      runtime.moduleIds().forEach(modules::add);
      lms.put("allModulesRequired", runtime.allModulesRequired());
      lms.put("assessment", runtime.assessmentTitle());
      lms.put(
          "masteryPercent",
          runtime.masteryPercent() == null
              ? null
              : runtime.masteryPercent().stripTrailingZeros().toPlainString());
      lms.put("suspendDataWorstCase", runtime.suspendDataWorstCase());
      ArrayNode limits = lms.putArray("suspendDataLimits");
      for (PackageFormat format : PackageFormat.values()) {
        limits.addObject().put("format", format.id()).put("limit", format.suspendDataLimit());
      }
    }
    return JsonText.of(root);
  }
}
