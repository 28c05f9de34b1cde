package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit report parses as XML and says per rule what failed, what passed and what was off. */
class FindingsJunitXmlTest {

  @Test
  void errorsFailWithTheirPositionAndMessage() throws Exception {
    Document xml = parse(junit(ReportFixtures.findings()));

    Element gen001 = suite(xml, "GEN-001 Unique ids and resolvable references");
    assertThat(gen001.getAttribute("tests")).isEqualTo("1");
    assertThat(gen001.getAttribute("failures")).isEqualTo("1");
    Element testcase = (Element) gen001.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("classname")).isEqualTo("coursekit.GEN-001");
    assertThat(testcase.getAttribute("file")).isEqualTo("items/secure/Q-S3.yml");
    assertThat(testcase.getAttribute("name")).startsWith("items/secure/Q-S3.yml:4:13: error");
    Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo(
            "`objectives` refers to objective `LO-M01-9`, which is not defined. Did you mean"
                + " `LO-M01-2`?");
    assertThat(failure.getTextContent())
        .startsWith("items/secure/Q-S3.yml:4:13: error [GEN-001] `objectives` refers")
        .contains("Why it matters: Every reference must name something that exists");
  }

  @Test
  void warningsAndInfosPassWithTheFindingInSystemOut() throws Exception {
    Document xml = parse(junit(ReportFixtures.findings()));

    Element lo001 = suite(xml, "LO-001 Objective starts with an observable action verb");
    assertThat(lo001.getAttribute("tests")).isEqualTo("2");
    assertThat(lo001.getAttribute("failures")).isEqualTo("0");
    assertThat(lo001.getElementsByTagName("failure").getLength()).isZero();
    NodeList outputs = lo001.getElementsByTagName("system-out");
    assertThat(outputs.getLength()).isEqualTo(2);
    assertThat(outputs.item(0).getTextContent())
        .startsWith(
            "modules/m01-receipt.md:13:11: warning [LO-001] Objective `LO-M01-2` starts with"
                + " \"Record\" <b>, which is not on the verb list | use a verb such as `document`"
                + " & try again.");
    assertThat(outputs.item(1).getTextContent()).startsWith("modules/m02-storage.md:14:11: info");
  }

  @Test
  void cleanRulesPassAndSwitchedOffRulesAreSkipped() throws Exception {
    Document xml = parse(junit(ReportFixtures.findings()));

    Element fmt001 = suite(xml, "FMT-001 Readable UTF-8 files");
    assertThat(fmt001.getAttribute("tests")).isEqualTo("1");
    Element clean = (Element) fmt001.getElementsByTagName("testcase").item(0);
    assertThat(clean.getAttribute("name")).isEqualTo("no findings");
    assertThat(clean.getChildNodes().getLength()).isZero();

    Element rev003 = suite(xml, "REV-003 References are current");
    assertThat(rev003.getAttribute("skipped")).isEqualTo("1");
    assertThat(((Element) rev003.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .isEqualTo("Switched off in coursekit.yml.");
  }

  @Test
  void totalsAddUpOverTheSuites() throws Exception {
    Document xml = parse(junit(ReportFixtures.findings()));
    Element root = xml.getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("testsuites");
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    NodeList suites = root.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      tests += Integer.parseInt(suite.getAttribute("tests"));
      failures += Integer.parseInt(suite.getAttribute("failures"));
      skipped += Integer.parseInt(suite.getAttribute("skipped"));
      assertThat(suite.getElementsByTagName("testcase").getLength())
          .isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
    }
    assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(tests));
    assertThat(root.getAttribute("failures")).isEqualTo("3").isEqualTo(Integer.toString(failures));
    assertThat(root.getAttribute("skipped")).isEqualTo("1").isEqualTo(Integer.toString(skipped));
    assertThat(root.getElementsByTagName("failure").getLength()).isEqualTo(3);
  }

  @Test
  void anythingInAMessageStaysWellFormed() throws Exception {
    String nasty =
        "Ends a CDATA ]]> early, <tags> & \"quotes\" 'apostrophes', a bell \u0007, a null \u0000,"
            + " a lone surrogate \uD800, CR\r\nLF and an emoji \uD83D\uDE00.";
    List<Finding> findings =
        List.of(
            Finding.error("GEN-001", new SourceRef("modules/<odd> & \"file\".md", 3, 4), nasty),
            Finding.warning("LO-001", new SourceRef("program.yml", 1, 1), nasty));
    String text = junit(findings);

    Document xml = parse(text);
    String expected =
        "Ends a CDATA ]]> early, <tags> & \"quotes\" 'apostrophes', a bell \uFFFD, a null"
            + " \uFFFD, a lone surrogate \uFFFD, CR\nLF and an emoji \uD83D\uDE00.";
    Element failure = (Element) xml.getElementsByTagName("failure").item(0);
    assertThat(failure.getTextContent()).contains(expected);
    assertThat(failure.getAttribute("message")).isEqualTo(expected.replace("\n", " "));
    assertThat(xml.getElementsByTagName("system-out").item(0).getTextContent()).contains(expected);
    assertThat(((Element) failure.getParentNode()).getAttribute("file"))
        .isEqualTo("modules/<odd> & \"file\".md");
  }

  @Test
  void twoHundredFindingsAreSortedByRuleThenPositionAndStable() throws Exception {
    List<Finding> many = ReportFixtures.many(200);
    String text = junit(many);

    assertThat(junit(many.stream().sorted().toList())).isEqualTo(text);
    Document xml = parse(text);
    NodeList cases = xml.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element testcase = (Element) cases.item(i);
      if (testcase.hasAttribute("file")) {
        names.add(testcase.getAttribute("name"));
      }
    }
    List<String> expected =
        many.stream()
            .sorted(Comparator.comparing(Finding::rule).thenComparing(Comparator.naturalOrder()))
            .map(Finding::format)
            .toList();
    assertThat(names).containsExactlyElementsOf(expected);
  }

  private static String junit(List<Finding> findings) {
    return FindingsJunitXml.toXml(ReportFixtures.course(), findings, ReportFixtures.context());
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element suite(Document xml, String name) {
    NodeList suites = xml.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      if (suite.getAttribute("name").equals(name)) {
        return suite;
      }
    }
    throw new AssertionError("no testsuite named " + name);
  }
}
