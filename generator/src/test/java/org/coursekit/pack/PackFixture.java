package org.coursekit.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.coursekit.WrittenCourse;
import org.coursekit.model.Course;

/**
 * A small course with a summative assessment, written to a temporary folder, loaded with the real
 * loader and packaged with the real theme: what the package tests check is what an author gets.
 */
final class PackFixture {

  static final Instant TIMESTAMP = Instant.parse("2026-11-25T10:15:30Z");

  static final String PROGRAM =
      """
      id: fixture-course
      title: Fixture Course
      version: 2.1.0
      status: released
      language: en-GB
      purpose: Prepare technicians to *receive* cell products safely.
      outcomes:
        - id: PO-1
          text: Perform receipt checks on a shipment without critical errors
          bloom_level: apply
      completion:
        requires: [all-modules, assessment:final-exam]
        passing_standard: { score: 80, scale: percent, rule: compensatory }
        attempts: { max: 3, wait_days: 7 }
      modules: [m01-first, m02-second]
      """;

  /** Immutable and thread-safe; compiling its schemas once keeps the tests quick. */
  static final PackageGenerator GENERATOR =
      new PackageGenerator(PackFixture.class.getClassLoader());

  private final WrittenCourse course;

  PackFixture(Path root) throws IOException {
    this.course = new WrittenCourse(root);
    write("program.yml", PROGRAM);
    module("m01-first", "Receiving", "Check the label.\n");
    module("m02-second", "Storing", "Keep it cold.\n");
    write(
        "assessments/final-exam.yml",
        """
        id: final-exam
        use: summative
        delivery: { time_limit_minutes: 30, randomize: true }
        pool: { include: ["items/secure/**"], draw: 3 }
        blueprint:
          - { objective: LO-m01-first, weight: 50, min_items: 1 }
          - { objective: LO-m02-second, weight: 50, min_items: 1 }
        """);
    item("Q-S1", "LO-m01-first", "Which reading of the logger makes the shipment a deviation?");
    item("Q-S2", "LO-m02-second", "Which freezer alarm needs the duty manager right away?");
    item("Q-S3", "LO-m02-second", "Which record proves the product never warmed above the limit?");
  }

  Path root() {
    return course.root();
  }

  PackFixture write(String path, String text) throws IOException {
    course.write(path, text);
    return this;
  }

  /** Writes {@code modules/<id>.md} (30 minutes) with the objective {@code LO-<id>}. */
  PackFixture module(String id, String title, String body) throws IOException {
    course.module(id, title, 30, body);
    return this;
  }

  /** Writes a single-choice summative item {@code items/secure/<id>.yml}. */
  PackFixture item(String id, String objective, String stem) throws IOException {
    return write(
        "items/secure/" + id + ".yml",
        """
        id: %s
        type: single
        use: summative
        objectives: [%s]
        stem: %s
        options:
          - { text: The first answer, correct: true, feedback: Secret feedback for %s }
          - { text: The second answer }
          - { text: The third answer }
        rationale: Secret rationale of %s
        points: 2
        """
            .formatted(id, objective, stem, id, id));
  }

  /** Writes a performance item {@code items/secure/<id>.yml}, which only an assessor can score. */
  PackFixture performanceItem(String id) throws IOException {
    return write(
        "items/secure/" + id + ".yml",
        """
        id: %s
        type: performance
        use: summative
        objectives: [LO-m01-first]
        stem: Receive a dry shipper while the assessor observes you.
        rubric:
          - { criterion: Checks the seal, points: 2, objective: LO-m01-first }
        """
            .formatted(id));
  }

  Course load() throws IOException {
    return course.load();
  }

  PackageResult build(Path output) throws IOException {
    return build(output, Set.of(PackageFormat.values()));
  }

  PackageResult build(Path output, Set<PackageFormat> formats) throws IOException {
    return GENERATOR.generate(load(), new PackageOptions(output, TIMESTAMP, formats, false));
  }

  /** The entries of a zip, by name, in the zip's order. */
  static Map<String, byte[]> unzip(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> all = file.entries();
      while (all.hasMoreElements()) {
        ZipEntry entry = all.nextElement();
        try (InputStream in = file.getInputStream(entry)) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  static String text(Map<String, byte[]> entries, String name) {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw new IllegalStateException("no entry " + name + " in " + entries.keySet());
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static Path zip(PackageResult result, PackageFormat format) {
    return result.packages().stream()
        .filter(p -> p.format() == format)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + format + " package: " + result))
        .file();
  }
}
