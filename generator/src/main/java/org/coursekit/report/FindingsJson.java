package org.coursekit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coursekit.baseline.BaselineSplit;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;

/**
 * The machine-readable findings report, {@code findings.json}:
 *
 * <pre>{"findings":[{"rule":…, "rule_name":…, "severity":"error|warning|info", "file":…,
 * "line":…, "column":…, "message":…, "help":…}], "baselined":[{…, "baselined":true}]}</pre>
 *
 * <p>{@code findings} are those that count; {@code baselined} those the course's baseline file
 * records, which are reported but never fail the build.
 *
 * <p>{@code rule_name} and {@code help} describe the rule (its name, and why it matters with its
 * source); they are derived from the rule id, so {@link #fromJson} does not need them.
 * Pretty-printed with two-space indents, keys in that order, UTF-8, LF line endings on every
 * platform and a final newline, so the same findings always give the same bytes.
 */
public final class FindingsJson {

  private static final ObjectReader READER = new ObjectMapper().reader();

  private FindingsJson() {}

  /** The report text for {@code findings}, in the order given, described by {@code rules}. */
  public static String toJson(List<Finding> findings, RuleDescriptions rules) {
    return toJson(BaselineSplit.without(findings), rules);
  }

  /**
   * The report text of a build split by its baseline: {@code findings} holds those that count,
   * {@code baselined} (always present, empty without a baseline) those the baseline records, each
   * with {@code "baselined": true}.
   */
  public static String toJson(BaselineSplit findings, RuleDescriptions rules) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode open = root.putArray("findings");
    findings.open().forEach(finding -> add(open, finding, rules));
    ArrayNode baselined = root.putArray("baselined");
    findings.baselined().forEach(finding -> add(baselined, finding, rules).put("baselined", true));
    return JsonText.of(root);
  }

  private static ObjectNode add(ArrayNode array, Finding finding, RuleDescriptions rules) {
    RuleDescriptions.Description rule = rules.describe(finding.rule());
    return array
        .addObject()
        .put("rule", finding.rule())
        .put("rule_name", rule.name())
        .put("severity", finding.severity().label())
        .put("file", finding.at().file())
        .put("line", finding.at().line())
        .put("column", finding.at().column())
        .put("message", finding.message())
        .put("help", rule.help());
  }

  /** The report text for {@code findings}, described by CourseKit's own rules. */
  public static String toJson(List<Finding> findings) {
    return toJson(findings, RuleDescriptions.builtin());
  }

  /** Writes the report to {@code file}, creating its parent folders. */
  public static void write(List<Finding> findings, RuleDescriptions rules, Path file)
      throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson(findings, rules), StandardCharsets.UTF_8);
  }

  /** Writes the report to {@code file}, described by CourseKit's own rules. */
  public static void write(List<Finding> findings, Path file) throws IOException {
    write(findings, RuleDescriptions.builtin(), file);
  }

  /**
   * Reads a report written by {@link #toJson} (for baselines and tools that post-process it).
   *
   * @throws IOException if the text is not JSON of that shape
   */
  public static List<Finding> fromJson(String json) throws IOException {
    JsonNode array = READER.readTree(json).path("findings");
    if (!array.isArray()) {
      throw new IOException("Expected {\"findings\": [...]}");
    }
    List<Finding> findings = new ArrayList<>();
    for (JsonNode node : array) {
      findings.add(
          new Finding(
              text(node, "rule"),
              severity(text(node, "severity")),
              new SourceRef(text(node, "file"), number(node, "line"), number(node, "column")),
              text(node, "message")));
    }
    return List.copyOf(findings);
  }

  /** Reads a report file written by {@link #write}. */
  public static List<Finding> read(Path file) throws IOException {
    return fromJson(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static String text(JsonNode finding, String key) throws IOException {
    JsonNode value = finding.path(key);
    if (!value.isTextual()) {
      throw new IOException("Finding without a text \"" + key + "\": " + finding);
    }
    return value.textValue();
  }

  private static int number(JsonNode finding, String key) throws IOException {
    JsonNode value = finding.path(key);
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 1) {
      throw new IOException("Finding without a positive whole \"" + key + "\": " + finding);
    }
    return value.intValue();
  }

  private static Severity severity(String label) throws IOException {
    for (Severity severity : Severity.values()) {
      if (severity.label().equals(label)) {
        return severity;
      }
    }
    throw new IOException("Unknown severity \"" + label + "\"; expected error, warning or info");
  }
}
