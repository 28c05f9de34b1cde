package org.coursekit.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.CourseConfig.RuleSetting;
import org.coursekit.report.RuleDescriptions.Description;

/**
 * The findings as JUnit XML ({@code findings-junit.xml}), the test-report format CI servers show on
 * a merge request (GitLab) or a build page (Jenkins).
 *
 * <p>Layout: one {@code testsuite} per rule (every check of the build, see {@link
 * RuleDescriptions#reported}), named by its id and name; inside, one {@code testcase} per finding,
 * named by the finding's printed line ({@code file:line:col: severity [ID] message}) and carrying
 * the file in GitLab's {@code file} attribute. The {@code classname} is {@code coursekit.<ID>}, so
 * Jenkins groups the cases by rule. A rule without findings gets one passing case, {@code no
 * findings}, so the report also shows what was checked; a rule switched off in coursekit.yml gets
 * one skipped case that says so.
 *
 * <p>Severities: an error is a {@code failure} whose message is the finding's message and whose
 * text adds the rule's reason. JUnit has no warning state, and neither GitLab nor Jenkins shows
 * one, so warnings and infos are <em>passing</em> cases with the finding in {@code system-out}:
 * they do not fail the build either, and "skipped" would wrongly say the check did not run. The
 * test counts therefore match the build's verdict.
 *
 * <p>Written with the JDK's {@link XMLStreamWriter}: every text is escaped, characters XML 1.0
 * cannot carry (control characters, lone surrogates) become U+FFFD, no CDATA is used (so {@code
 * ]]>} in a message is harmless), two-space indents, LF line endings, no times or dates, so the
 * same findings give the same bytes.
 */
public final class FindingsJunitXml {

  private static final String NO_FINDINGS = "no findings";
  private static final String OFF = "off";
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\n\\r\\t]\\s*");

  private FindingsJunitXml() {}

  /** The report for {@code findings} on {@code course} (null when program.yml is unreadable). */
  public static String toXml(Course course, List<Finding> findings, ReportContext context) {
    List<Finding> sorted = findings.stream().sorted().toList();
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (Description rule : context.rules().reported(sorted)) {
      byRule.put(rule.id(), new ArrayList<>());
    }
    sorted.forEach(finding -> byRule.get(finding.rule()).add(finding));
    Set<String> off = switchedOff(course);
    int skipped =
        (int)
            byRule.entrySet().stream()
                .filter(entry -> entry.getValue().isEmpty() && off.contains(entry.getKey()))
                .count();

    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      newline(xml, 0);
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "CourseKit");
      writeCounts(xml, Counts.of(byRule.values(), skipped));
      for (Map.Entry<String, List<Finding>> entry : byRule.entrySet()) {
        Description rule = context.rules().describe(entry.getKey());
        writeSuite(xml, rule, entry.getValue(), off.contains(rule.id()));
      }
      newline(xml, 0);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      // Writing to a StringWriter cannot fail; this would be a JDK defect.
      throw new IllegalStateException("Cannot write the JUnit report", e);
    }
    return out + "\n";
  }

  private static void writeSuite(
      XMLStreamWriter xml, Description rule, List<Finding> findings, boolean off)
      throws XMLStreamException {
    newline(xml, 1);
    xml.writeStartElement("testsuite");
    String name = rule.name().equals(rule.id()) ? rule.id() : rule.id() + " " + rule.name();
    xml.writeAttribute("name", attribute(name));
    writeCounts(xml, Counts.of(List.of(findings), off && findings.isEmpty() ? 1 : 0));
    String classname = "coursekit." + rule.id();
    if (findings.isEmpty()) {
      newline(xml, 2);
      if (off) {
        xml.writeStartElement("testcase");
      } else {
        xml.writeEmptyElement("testcase");
      }
      xml.writeAttribute("classname", classname);
      xml.writeAttribute("name", NO_FINDINGS);
      xml.writeAttribute("time", "0");
      if (off) {
        newline(xml, 3);
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", "Switched off in coursekit.yml.");
        newline(xml, 2);
        xml.writeEndElement();
      }
    }
    for (Finding finding : findings) {
      writeCase(xml, classname, rule, finding);
    }
    newline(xml, 1);
    xml.writeEndElement();
  }

  private static void writeCase(
      XMLStreamWriter xml, String classname, Description rule, Finding finding)
      throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", classname);
    xml.writeAttribute("name", attribute(finding.format()));
    xml.writeAttribute("file", attribute(finding.at().file()));
    xml.writeAttribute("time", "0");
    newline(xml, 3);
    String detail =
        finding.format() + (rule.help().isEmpty() ? "" : "\nWhy it matters: " + rule.help());
    if (finding.severity() == Severity.ERROR) {
      xml.writeStartElement("failure");
      xml.writeAttribute("message", attribute(finding.message()));
      xml.writeAttribute("type", finding.rule());
    } else {
      xml.writeStartElement("system-out");
    }
    xml.writeCharacters(PlainText.clean(detail));
    xml.writeEndElement();
    newline(xml, 2);
    xml.writeEndElement();
  }

  private static void writeCounts(XMLStreamWriter xml, Counts counts) throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(counts.tests()));
    xml.writeAttribute("failures", Integer.toString(counts.failures()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", Integer.toString(counts.skipped()));
    xml.writeAttribute("time", "0");
  }

  /** Test cases of some suites: one per finding, or one "no findings" case per empty suite. */
  private record Counts(int tests, int failures, int skipped) {
    static Counts of(Iterable<List<Finding>> suites, int skipped) {
      int tests = 0;
      int failures = 0;
      for (List<Finding> findings : suites) {
        tests += Math.max(1, findings.size());
        failures += (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
      }
      return new Counts(tests, failures, skipped);
    }
  }

  /** Rules coursekit.yml switches off: their suites say so instead of "no findings". */
  private static Set<String> switchedOff(Course course) {
    if (course == null || course.config() == null) {
      return Set.of();
    }
    return course.config().rules().stream()
        .filter(setting -> OFF.equals(setting.severity()))
        .map(RuleSetting::rule)
        .collect(Collectors.toSet());
  }

  private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /**
   * Attribute text on one line: parsers turn line breaks in attributes into spaces anyway, so this
   * makes the written bytes say what a reader will see.
   */
  private static String attribute(String value) {
    return LINE_BREAK.matcher(PlainText.clean(value)).replaceAll(" ");
  }
}
