package org.coursekit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coursekit.baseline.BaselineSplit;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.report.RuleDescriptions.Description;

/**
 * The findings as a SARIF 2.1.0 log ({@code findings.sarif}), for code-scanning dashboards and
 * editors: one run of the tool "CourseKit" whose {@code rules} are every check of the build (see
 * {@link RuleDescriptions#reported}) and whose {@code results} are the findings in position order.
 *
 * <p>Locations are relative to the course folder, under the base id {@code COURSE}. The log does
 * not name that folder's absolute place ({@code originalUriBaseIds} only describes it), so the same
 * course gives the same bytes on every machine; a viewer resolves {@code COURSE} to the course
 * folder it is opened with. Written in the layout of {@link JsonText}.
 */
public final class FindingsSarif {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String URI_BASE_ID = "COURSE";

  private static final String PATH_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/";
  private static final String HEX = "0123456789ABCDEF";

  private FindingsSarif() {}

  /** The SARIF log of {@code findings}, sorted by position. */
  public static String toJson(List<Finding> findings, ReportContext context) {
    return toJson(BaselineSplit.without(findings), context);
  }

  /**
   * The SARIF log of a build split by its baseline, results sorted by position. When a baseline was
   * compared, every result has a {@code baselineState}: {@code unchanged} for a finding the
   * baseline records, {@code new} for one that counts.
   */
  public static String toJson(BaselineSplit findings, ReportContext context) {
    // Counted, not a set: the same finding can occur more often than the baseline records it.
    Map<Finding, Integer> baselined = new HashMap<>();
    findings.baselined().forEach(finding -> baselined.merge(finding, 1, Integer::sum));
    List<Finding> all = new ArrayList<>(findings.open());
    all.addAll(findings.baselined());
    List<Finding> sorted = all.stream().sorted().toList();
    List<Description> rules = context.rules().reported(sorted);
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }

    ObjectNode log = JsonNodeFactory.instance.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "CourseKit");
    driver.put("version", context.toolVersion());
    ArrayNode ruleArray = driver.putArray("rules");
    rules.forEach(rule -> describe(ruleArray.addObject(), rule));
    run.putObject("originalUriBaseIds")
        .putObject(URI_BASE_ID)
        .putObject("description")
        .put("text", "The course folder: the one that holds program.yml.");
    ArrayNode results = run.putArray("results");
    for (Finding finding : sorted) {
      ObjectNode result = results.addObject();
      result(result, finding, ruleIndex.get(finding.rule()));
      if (findings.compared()) {
        boolean recorded = baselined.getOrDefault(finding, 0) > 0;
        baselined.computeIfPresent(finding, (f, left) -> left - 1);
        result.put("baselineState", recorded ? "unchanged" : "new");
      }
    }
    return JsonText.of(log);
  }

  private static void describe(ObjectNode node, Description rule) {
    node.put("id", rule.id());
    node.put("name", rule.name());
    node.putObject("shortDescription").put("text", rule.name());
    if (!rule.help().isEmpty()) {
      node.putObject("fullDescription").put("text", rule.help());
      node.putObject("help").put("text", rule.help());
    }
    node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
  }

  private static void result(ObjectNode node, Finding finding, int ruleIndex) {
    node.put("ruleId", finding.rule());
    node.put("ruleIndex", ruleIndex);
    node.put("level", level(finding.severity()));
    node.putObject("message").put("text", finding.message());
    ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
    physical
        .putObject("artifactLocation")
        .put("uri", uriReference(finding.at().file()))
        .put("uriBaseId", URI_BASE_ID);
    physical
        .putObject("region")
        .put("startLine", finding.at().line())
        .put("startColumn", finding.at().column());
  }

  /**
   * A course-relative path as a relative URI reference: every byte outside RFC 3986's unreserved
   * and path characters is percent-encoded as UTF-8 ({@code modules/m01 receipt.md} becomes {@code
   * modules/m01%20receipt.md}). A colon is encoded too, so no path reads as a URI scheme.
   */
  static String uriReference(String path) {
    StringBuilder uri = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && PATH_CHARACTERS.indexOf(c) >= 0) {
        uri.append((char) c);
      } else {
        uri.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return uri.toString();
  }

  /** SARIF's word for a severity: {@code error}, {@code warning} or {@code note}. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
