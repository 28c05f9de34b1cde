package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.pack.PackFixture.text;
import static org.coursekit.pack.PackFixture.unzip;
import static org.coursekit.pack.PackFixture.zip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each package holds and how the course maps to its manifest. */
class PackageGeneratorTest {

  @TempDir Path course;
  @TempDir Path output;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void writesOneZipPerFormatNamedByProgramIdAndVersion() throws Exception {
    PackageResult result = new PackFixture(course).build(output);

    assertThat(result.packages())
        .extracting(p -> p.file().getFileName().toString())
        .containsExactly(
            "fixture-course-2.1.0-scorm12.zip",
            "fixture-course-2.1.0-scorm2004.zip",
            "fixture-course-2.1.0-cmi5.zip");
    assertThat(result.packages())
        .allSatisfy(p -> assertThat(p.bytes()).isEqualTo(Files.size(p.file())));
    assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    try (var files = Files.list(output)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no work folders are left behind")
          .containsExactlyInAnyOrder(
              "fixture-course-2.1.0-scorm12.zip",
              "fixture-course-2.1.0-scorm2004.zip",
              "fixture-course-2.1.0-cmi5.zip");
    }
  }

  @Test
  void writesOnlyTheChosenFormats() throws Exception {
    PackageResult result = new PackFixture(course).build(output, Set.of(PackageFormat.CMI5));

    assertThat(result.packages())
        .extracting(PackageResult.WrittenPackage::format)
        .containsExactly(PackageFormat.CMI5);
  }

  @Test
  void everyPackageHoldsTheLaunchPageContentPagesAndAssessment() throws Exception {
    PackageResult result = new PackFixture(course).build(output);

    for (PackageFormat format : PackageFormat.values()) {
      Map<String, byte[]> entries = unzip(zip(result, format));
      assertThat(new ArrayList<>(entries.keySet()))
          .as(format.id())
          .isSorted()
          .contains(
              "index.html",
              "overview.html",
              "modules/m01-first.html",
              "modules/m02-second.html",
              "assessment.html",
              "assets/coursekit.css");
      assertThat(text(entries, "index.html")).contains("id=\"ck-package\"");
      assertThat(text(entries, "assessment.html")).contains("id=\"ck-assessment\"");
    }
    assertThat(unzip(zip(result, PackageFormat.SCORM12)).keySet())
        .contains("imsmanifest.xml", "imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "ims_xml.xsd")
        .doesNotContain("cmi5.xml");
    assertThat(unzip(zip(result, PackageFormat.SCORM2004)).keySet())
        .contains(
            "imsmanifest.xml",
            "imscp_v1p1.xsd",
            "imsss_v1p0.xsd",
            "xml.xsd",
            "common/anyElement.xsd");
    assertThat(unzip(zip(result, PackageFormat.CMI5)).keySet())
        .contains("cmi5.xml")
        .doesNotContain("imsmanifest.xml");
  }

  @Test
  void theScormResourceListsEveryContentFileAndLaunchesTheShell() throws Exception {
    PackageResult result = new PackFixture(course).build(output);

    for (PackageFormat format : List.of(PackageFormat.SCORM12, PackageFormat.SCORM2004)) {
      Map<String, byte[]> entries = unzip(zip(result, format));
      Document manifest = xml(text(entries, "imsmanifest.xml"));
      Element resource = manifest.selectFirst("resource");
      assertThat(resource.attr("href")).isEqualTo("index.html");
      List<String> listed = resource.select("file").eachAttr("href");
      List<String> content = new ArrayList<>();
      for (String name : entries.keySet()) {
        if (!name.endsWith(".xsd") && !name.endsWith(".dtd") && !name.equals("imsmanifest.xml")) {
          content.add(name);
        }
      }
      assertThat(listed).as(format.id()).isEqualTo(content);
    }
  }

  @Test
  void passingStandardBecomesEachFormatsMasteryScore() throws Exception {
    PackageResult result = new PackFixture(course).build(output);

    Document scorm12 = manifest(result, PackageFormat.SCORM12);
    assertThat(scorm12.select("adlcp|masteryscore").text()).isEqualTo("80");

    Document scorm2004 = manifest(result, PackageFormat.SCORM2004);
    Element primary = scorm2004.selectFirst("imsss|primaryObjective");
    assertThat(primary.attr("satisfiedByMeasure")).isEqualTo("true");
    assertThat(primary.select("imsss|minNormalizedMeasure").text()).isEqualTo("0.8");

    Document cmi5 = manifest(result, PackageFormat.CMI5);
    Element au = cmi5.selectFirst("au");
    assertThat(au.attr("masteryScore")).isEqualTo("0.8");
    assertThat(au.attr("moveOn")).isEqualTo("CompletedAndPassed");
    assertThat(au.select("url").text()).isEqualTo("index.html");
  }

  @Test
  void aPassingScoreInPointsBecomesTheShareOfTheFormsPoints() throws Exception {
    PackFixture fixture = new PackFixture(course);
    fixture.write(
        "program.yml",
        PackFixture.PROGRAM.replace("{ score: 80, scale: percent", "{ score: 4.5, scale: points"));

    PackageResult result = fixture.build(output);

    // Three drawn items of 2 points each: 4.5 of 6 points is 75 percent.
    Document scorm12 = manifest(result, PackageFormat.SCORM12);
    assertThat(scorm12.select("adlcp|masteryscore").text()).isEqualTo("75");
    Document scorm2004 = manifest(result, PackageFormat.SCORM2004);
    assertThat(scorm2004.select("imsss|minNormalizedMeasure").text()).isEqualTo("0.75");
    assertThat(packageData(result, PackageFormat.SCORM12).at("/mastery/score").asDouble())
        .isEqualTo(75.0);
  }

  @Test
  void aPassingScoreAboveTheMaximumIsAnErrorAndNotWrittenIntoThePackage() throws Exception {
    PackFixture fixture = new PackFixture(course);
    fixture.write(
        "program.yml",
        PackFixture.PROGRAM.replace("{ score: 80, scale: percent", "{ score: 120, scale: percent"));

    PackageResult result = fixture.build(output);

    Finding finding = onlyFinding(result, "PKG-004");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.at().file()).isEqualTo("program.yml");
    assertThat(finding.message()).contains("120").contains("score: 80, scale: percent");
    Document scorm12 = manifest(result, PackageFormat.SCORM12);
    assertThat(scorm12.select("adlcp|masteryscore")).isEmpty();
    assertThat(packageData(result, PackageFormat.SCORM12).get("mastery").isNull()).isTrue();
  }

  @Test
  void everyModuleObjectiveIsExported() throws Exception {
    PackageResult result = new PackFixture(course).build(output);

    Document scorm2004 = manifest(result, PackageFormat.SCORM2004);
    assertThat(scorm2004.select("imsss|objective").eachAttr("objectiveID"))
        .containsExactly("LO-m01-first", "LO-m02-second");
    Document cmi5 = manifest(result, PackageFormat.CMI5);
    assertThat(cmi5.select("courseStructure > objectives > objective").eachAttr("id"))
        .containsExactly(
            "urn:coursekit:fixture-course:objective:LO-m01-first",
            "urn:coursekit:fixture-course:objective:LO-m02-second");
    assertThat(cmi5.select("au objectives objective").eachAttr("idref"))
        .containsExactly(
            "urn:coursekit:fixture-course:objective:LO-m01-first",
            "urn:coursekit:fixture-course:objective:LO-m02-second");
    JsonNode data = packageData(result, PackageFormat.SCORM12);
    assertThat(data.at("/objectives/0/id").asText()).isEqualTo("LO-m01-first");
    assertThat(data.at("/objectives/0/moduleId").asText()).isEqualTo("m01-first");
  }

  @Test
  void identifiersDeriveFromIdsAndSurviveANewReleaseWithNewTitles() throws Exception {
    PackFixture fixture = new PackFixture(course);
    PackageResult first = fixture.build(output.resolve("first"));
    fixture
        .write(
            "program.yml",
            PackFixture.PROGRAM
                .replace("version: 2.1.0", "version: 2.2.0")
                .replace("title: Fixture Course", "title: Fixture Course, Revised"))
        .module("m01-first", "Receiving, revised", "New text.\n");
    PackageResult second = fixture.build(output.resolve("second"));

    for (PackageFormat format : List.of(PackageFormat.SCORM12, PackageFormat.SCORM2004)) {
      Document before = manifest(first, format);
      Document after = manifest(second, format);
      assertThat(identifiers(after)).isEqualTo(identifiers(before));
      assertThat(identifiers(before))
          .containsExactly(
              "fixture-course",
              "ORG-fixture-course",
              "ORG-fixture-course",
              "ITEM-fixture-course",
              "RES-fixture-course",
              "RES-fixture-course");
      assertThat(before.selectFirst("manifest").attr("version")).isEqualTo("2.1.0");
      assertThat(after.selectFirst("manifest").attr("version")).isEqualTo("2.2.0");
    }
    Document cmi5Before = manifest(first, PackageFormat.CMI5);
    Document cmi5After = manifest(second, PackageFormat.CMI5);
    assertThat(cmi5After.selectFirst("au").attr("id"))
        .isEqualTo(cmi5Before.selectFirst("au").attr("id"))
        .isEqualTo("urn:coursekit:fixture-course:au");
    assertThat(cmi5After.selectFirst("course > description").text()).contains("Version 2.2.0");
    assertThat(packageData(second, PackageFormat.SCORM12).get("modulesKey").asText())
        .isEqualTo(packageData(first, PackageFormat.SCORM12).get("modulesKey").asText());
  }

  @Test
  void theVersionIsStampedInTheScorm2004Metadata() throws Exception {
    PackageResult result = new PackFixture(course).build(output);

    Document manifest = manifest(result, PackageFormat.SCORM2004);
    assertThat(manifest.select("lom|lifeCycle lom|version lom|string").text()).isEqualTo("2.1.0");
    assertThat(manifest.select("lom|general lom|identifier lom|entry").text())
        .isEqualTo("fixture-course");
  }

  @Test
  void packageDataDescribesTheCourseForTheRuntime() throws Exception {
    PackageResult result = new PackFixture(course).build(output);

    JsonNode scorm12 = packageData(result, PackageFormat.SCORM12);
    assertThat(scorm12.get("format").asText()).isEqualTo("scorm12");
    assertThat(scorm12.get("programId").asText()).isEqualTo("fixture-course");
    assertThat(scorm12.get("version").asText()).isEqualTo("2.1.0");
    assertThat(scorm12.get("suspendDataLimit").asInt()).isEqualTo(4096);
    assertThat(scorm12.at("/completion/allModules").asBoolean()).isTrue();
    assertThat(scorm12.at("/completion/assessment").asText()).isEqualTo("final-exam");
    assertThat(scorm12.at("/attempts/max").asInt()).isEqualTo(3);
    assertThat(scorm12.at("/attempts/waitDays").asInt()).isEqualTo(7);
    assertThat(scorm12.get("modules").findValuesAsText("href"))
        .containsExactly("modules/m01-first.html", "modules/m02-second.html");
    assertThat(scorm12.get("pages").findValuesAsText("kind"))
        .containsExactly("overview", "module", "module", "assessment");
    assertThat(scorm12.get("interactions").asBoolean()).isFalse();
    assertThat(packageData(result, PackageFormat.SCORM2004).get("suspendDataLimit").asInt())
        .isEqualTo(64000);
    assertThat(packageData(result, PackageFormat.CMI5).get("suspendDataLimit").isNull()).isTrue();
  }

  @Test
  void theAssessmentCarriesTheKeyButNoFeedbackOrRationale() throws Exception {
    PackageResult result = new PackFixture(course).build(output);

    String page = text(unzip(zip(result, PackageFormat.SCORM12)), "assessment.html");
    JsonNode assessment = json.readTree(Jsoup.parse(page).getElementById("ck-assessment").data());
    assertThat(assessment.get("draw").asInt()).isEqualTo(3);
    assertThat(assessment.get("timeLimitMinutes").asInt()).isEqualTo(30);
    assertThat(assessment.get("items").findValuesAsText("id"))
        .containsExactly("Q-S1", "Q-S2", "Q-S3");
    assertThat(assessment.at("/items/0/key/correct/0").asInt()).isZero();
    assertThat(assessment.at("/items/0/points").asInt()).isEqualTo(2);
    assertThat(assessment.at("/items/0/objectives/0").asText()).isEqualTo("LO-m01-first");
    assertThat(page).doesNotContain("Secret feedback").doesNotContain("Secret rationale");
  }

  @Test
  void itemsABrowserCannotScoreAreLeftOutWithAWarning() throws Exception {
    PackFixture fixture = new PackFixture(course);
    fixture.performanceItem("Q-S4");

    PackageResult result = fixture.build(output);

    Finding finding = onlyFinding(result, "PKG-003");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.at().file()).isEqualTo("items/secure/Q-S4.yml");
    assertThat(finding.message()).contains("Q-S4").contains("performance");
    String page = text(unzip(zip(result, PackageFormat.SCORM2004)), "assessment.html");
    assertThat(page).doesNotContain("Q-S4").doesNotContain("assessor observes");
  }

  @Test
  void anInPersonAssessmentLeavesSuccessToTheLmsRecords() throws Exception {
    PackFixture fixture = new PackFixture(course);
    fixture.write(
        "assessments/final-exam.yml",
        """
        id: final-exam
        use: summative
        delivery: { mode: in-person }
        pool: { include: ["items/secure/**"], draw: 3 }
        """);

    PackageResult result = fixture.build(output);

    Map<String, byte[]> entries = unzip(zip(result, PackageFormat.SCORM12));
    assertThat(entries).doesNotContainKey("assessment.html");
    assertThat(xml(text(entries, "imsmanifest.xml")).select("adlcp|masteryscore")).isEmpty();
    JsonNode data = packageData(result, PackageFormat.SCORM12);
    assertThat(data.get("mastery").isNull()).isTrue();
    assertThat(data.at("/completion/assessment").isNull()).isTrue();
    Document cmi5 = manifest(result, PackageFormat.CMI5);
    assertThat(cmi5.selectFirst("au").attr("moveOn")).isEqualTo("Completed");
    assertThat(cmi5.selectFirst("au").hasAttr("masteryScore")).isFalse();
  }

  @Test
  void aRequiredInPersonPartLeavesPassedAndFailedOutOfEveryPackage() throws Exception {
    PackFixture fixture = new PackFixture(course);
    fixture
        .write(
            "program.yml",
            PackFixture.PROGRAM.replace(
                "requires: [all-modules, assessment:final-exam]",
                "requires: [all-modules, assessment:final-exam, assessment:practical]"))
        .write(
            "assessments/final-exam.yml",
            """
            id: final-exam
            use: summative
            pool: { include: ["items/secure/Q-S*.yml"], draw: 3 }
            """)
        .write(
            "assessments/practical.yml",
            """
            id: practical
            use: summative
            delivery: { mode: in-person }
            pool: { include: ["items/secure/Q-P*.yml"], draw: 1 }
            """)
        .performanceItem("Q-P1");

    PackageResult result = fixture.build(output);

    // The performance item is in the in-person pool, where it belongs: nothing to warn about.
    assertThat(result.findings()).noneMatch(f -> f.rule().startsWith("PKG"));
    assertThat(result.packages()).hasSize(3);
    Map<String, byte[]> scorm12 = unzip(zip(result, PackageFormat.SCORM12));
    assertThat(xml(text(scorm12, "imsmanifest.xml")).select("adlcp|masteryscore")).isEmpty();
    assertThat(text(scorm12, "assessment.html")).contains("Q-S1").doesNotContain("Q-P1");
    Document scorm2004 = manifest(result, PackageFormat.SCORM2004);
    assertThat(scorm2004.select("imsss|minNormalizedMeasure")).isEmpty();
    Document cmi5 = manifest(result, PackageFormat.CMI5);
    assertThat(cmi5.selectFirst("au").attr("moveOn")).isEqualTo("Completed");
    assertThat(cmi5.selectFirst("au").hasAttr("masteryScore")).isFalse();
    JsonNode data = packageData(result, PackageFormat.SCORM2004);
    assertThat(data.get("mastery").isNull()).isTrue();
    assertThat(data.at("/completion/assessment").asText()).isEqualTo("final-exam");
    assertThat(data.at("/inPerson/assessments/0/id").asText()).isEqualTo("practical");
    assertThat(data.at("/inPerson/assessments/0/title").asText()).isEqualTo("Practical");
    assertThat(data.at("/inPerson/passMark").asText()).isEqualTo("80% of the combined points");
  }

  @Test
  void aSummativeStemInAModulePageStopsEveryPackage() throws Exception {
    PackFixture fixture = new PackFixture(course);
    fixture.module(
        "m01-first",
        "Receiving",
        "Practice: which reading of the logger makes the shipment a deviation?\n");

    PackageResult result = fixture.build(output);

    assertThat(result.packages()).isEmpty();
    Finding finding = onlyFinding(result, "ASM-007");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.at().file()).isEqualTo("items/secure/Q-S1.yml");
    try (var files = Files.list(output)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void worstCaseSuspendDataAboveTheScorm12LimitIsAWarningForScorm12Only() throws Exception {
    PackFixture fixture = new PackFixture(course);
    for (int i = 1; i <= 15; i++) {
      fixture.write(
          "items/secure/Q-T" + i + ".yml",
          """
          id: Q-T%d
          type: short
          use: summative
          objectives: [LO-m01-first]
          stem: Name control number %d of the receipt checklist in full.
          accept: [control %d]
          """
              .formatted(i, i, i));
    }
    fixture.write(
        "assessments/final-exam.yml",
        """
        id: final-exam
        use: summative
        pool: { include: ["items/secure/**"], draw: 18 }
        """);

    PackageResult result = fixture.build(output);

    Finding budget = onlyFinding(result, "PKG-002");
    assertThat(budget.severity()).isEqualTo(Severity.WARNING);
    assertThat(budget.at().file()).isEqualTo("program.yml");
    assertThat(budget.message()).contains("4096").contains("scorm12").contains("SCORM 2004");
    // 15 short answers at 300 characters each are more than 4,096 but less than 64,000.
    assertThat(result.packages())
        .allSatisfy(
            p -> {
              if (p.format() != PackageFormat.CMI5) {
                assertThat(p.suspendDataWorstCase()).isBetween(4_501, 64_000);
              }
            });
  }

  private JsonNode packageData(PackageResult result, PackageFormat format) throws Exception {
    String index = text(unzip(zip(result, format)), "index.html");
    return json.readTree(Jsoup.parse(index).getElementById("ck-package").data());
  }

  /** The format's manifest: {@code cmi5.xml} for cmi5, {@code imsmanifest.xml} for SCORM. */
  private static Document manifest(PackageResult result, PackageFormat format) throws Exception {
    String name = format == PackageFormat.CMI5 ? "cmi5.xml" : "imsmanifest.xml";
    return xml(text(unzip(zip(result, format)), name));
  }

  /** The one finding of {@code rule}; fails when there is none or more than one. */
  private static Finding onlyFinding(PackageResult result, String rule) {
    List<Finding> found = result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertThat(found).as(rule + " findings").hasSize(1);
    return found.get(0);
  }

  private static Document xml(String text) {
    return Jsoup.parse(text, "", Parser.xmlParser());
  }

  /** Every identifier and reference to one, in document order. */
  private static List<String> identifiers(Document manifest) {
    List<String> ids = new ArrayList<>();
    for (Element element : manifest.getAllElements()) {
      for (String attribute : List.of("identifier", "default", "identifierref")) {
        if (element.hasAttr(attribute)) {
          ids.add(element.attr(attribute));
        }
      }
    }
    return ids;
  }
}
