package org.coursekit.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coursekit.load.CourseLoader;
import org.coursekit.model.Course;
import org.coursekit.rules.CourseFixture;
import org.jsoup.Jsoup;

/**
 * The example course packaged by the real generator, unzipped, with what the journeys need to know
 * about it: modules, objectives, the assessment. As declared, its result also needs the in-person
 * practical, so no package decides passed or failed; the journeys that judge attempts use a copy
 * whose {@code completion.requires} names only the online final exam (once without and once with
 * interactions).
 */
final class ExamplePackages {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String IN_PERSON_REQUIREMENT = ", assessment:practical-receipt-check]";

  private final Path plain;
  private final Path withInteractions;
  private final Path asDeclared;
  private final Map<String, Integer> worstCases;
  private final JsonNode packageData;
  private final JsonNode assessmentData;

  private ExamplePackages(
      Path plain, Path withInteractions, Path asDeclared, Map<String, Integer> worstCases)
      throws IOException {
    this.plain = plain;
    this.withInteractions = withInteractions;
    this.asDeclared = asDeclared;
    this.worstCases = worstCases;
    Path scorm12 = plain.resolve("scorm12");
    this.packageData = scriptJson(scorm12.resolve("index.html"), "ck-package");
    this.assessmentData = scriptJson(scorm12.resolve("assessment.html"), "ck-assessment");
  }

  /** Builds and unzips the example course's packages under {@code work}. */
  static ExamplePackages build(Path work) throws IOException {
    Course declared = new CourseLoader().load(exampleCourse()).course();
    Course onlineOnly =
        CourseFixture.exampleCourseIn(work.resolve("online-only-course"))
            .edit("program.yml", IN_PERSON_REQUIREMENT, "]")
            .load();
    Map<String, Integer> worst = new HashMap<>();
    Path plain = packageAll(onlineOnly, work.resolve("plain"), false, worst);
    Path interactive = packageAll(onlineOnly, work.resolve("interactions"), true, new HashMap<>());
    Path asDeclared = packageAll(declared, work.resolve("declared"), false, new HashMap<>());
    return new ExamplePackages(plain, interactive, asDeclared, worst);
  }

  private static Path packageAll(
      Course course, Path out, boolean interactions, Map<String, Integer> worstCases)
      throws IOException {
    PackageResult result =
        new PackageGenerator(ExamplePackages.class.getClassLoader())
            .generate(
                course,
                new PackageOptions(
                    out.resolve("zips"),
                    PackFixture.TIMESTAMP,
                    EnumSet.allOf(PackageFormat.class),
                    interactions));
    if (result.packages().size() != PackageFormat.values().length) {
      throw new IllegalStateException("the example course did not package: " + result.findings());
    }
    for (PackageResult.WrittenPackage written : result.packages()) {
      Path folder = out.resolve(written.format().id());
      for (Map.Entry<String, byte[]> entry : PackFixture.unzip(written.file()).entrySet()) {
        Path file = folder.resolve(entry.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, entry.getValue());
      }
      worstCases.put(written.format().id(), written.suspendDataWorstCase());
    }
    return out;
  }

  /** The course folder, set by surefire (see generator/pom.xml). */
  private static Path exampleCourse() {
    String configured = System.getProperty("coursekit.exampleCourse");
    if (configured == null) {
      throw new IllegalStateException("system property coursekit.exampleCourse is not set");
    }
    return Path.of(configured).toAbsolutePath().normalize();
  }

  private static JsonNode scriptJson(Path page, String id) throws IOException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    return JSON.readTree(Jsoup.parse(html).getElementById(id).data());
  }

  Path unzipped(String format) {
    return plain.resolve(format);
  }

  Path unzippedWithInteractions(String format) {
    return withInteractions.resolve(format);
  }

  /** The example course's package as it is declared: with the in-person practical required. */
  Path unzippedAsDeclared(String format) {
    return asDeclared.resolve(format);
  }

  Integer worstCase(String format) {
    return worstCases.get(format);
  }

  JsonNode packageData() {
    return packageData;
  }

  List<String> moduleIds() {
    List<String> ids = new ArrayList<>();
    packageData.get("modules").forEach(m -> ids.add(m.get("id").asText()));
    return ids;
  }

  List<String> objectiveIds() {
    List<String> ids = new ArrayList<>();
    packageData.get("objectives").forEach(o -> ids.add(o.get("id").asText()));
    return ids;
  }

  String assessmentId() {
    return packageData.get("assessment").get("id").asText();
  }

  int timeLimitMinutes() {
    return assessmentData.get("timeLimitMinutes").asInt();
  }

  int drawCount() {
    return assessmentData.get("draw").asInt();
  }

  String itemType(String itemId) {
    return item(itemId).get("type").asText();
  }

  List<String> itemObjectives(String itemId) {
    List<String> ids = new ArrayList<>();
    item(itemId).get("objectives").forEach(o -> ids.add(o.asText()));
    return ids;
  }

  private JsonNode item(String itemId) {
    for (JsonNode item : assessmentData.get("items")) {
      if (item.get("id").asText().equals(itemId)) {
        return item;
      }
    }
    throw new IllegalArgumentException("no item " + itemId);
  }

  /** The points of an attempt; the example course draws its whole online pool. */
  double maxPoints() {
    if (drawCount() != assessmentData.get("items").size()) {
      throw new IllegalStateException("the attempt's points depend on the draw");
    }
    double sum = 0;
    for (JsonNode item : assessmentData.get("items")) {
      sum += item.get("points").asDouble();
    }
    return sum;
  }
}
