package org.coursekit.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.coursekit.WrittenCourse;
import org.coursekit.model.Course;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small course written to a temporary folder, loaded with the real loader and built with the real
 * theme: what the site tests render is what an author would get.
 */
final class SiteFixture {

  /** A program with every field the landing page shows. */
  static final String PROGRAM =
      """
      id: fixture-course
      title: Fixture Course
      version: 2.1.0
      status: released
      language: en-GB
      credential_type: assessment-based-certificate
      purpose: Prepare technicians to *receive* cell products safely.
      scope:
        includes: [receipt of shipments]
        excludes: [clinical administration]
      intended_audience:
        description: Newly hired technicians
        level: entry
      prerequisites: [Site GMP orientation]
      design_plan:
        delivery_mode: blended
        technical_requirements: A current web browser
      outcomes:
        - id: PO-1
          text: Perform receipt checks on a shipment without critical errors
          bloom_level: apply
      completion:
        requires: [all-modules, assessment:final-exam]
        passing_standard: { score: 80, scale: percent, rule: compensatory }
        attempts: { max: 3, wait_days: 7 }
      contact_hours: 1.5
      credit:
        - { type: iacet-ceu, amount: 0.2 }
      certificate:
        term: P3Y
        term_rationale: Guidance changes every few years.
        disclaimer: This certificate is not a licence.
      accreditation: { body: ANAB, standard: ASTM E2659-18, status: active, scope: [fixture-course] }
      disclosure: None of the authors has a **relevant** financial relationship.
      policies:
        fees_refunds: https://example.org/fees
        appeals: https://example.org/appeals
        accommodations: https://example.org/accommodations
        advisory_group: policies/advisory-group.md
        automation: policies/automation.pdf
      modules: [m01-first, m02-second]
      """;

  private final WrittenCourse course;

  SiteFixture(Path root) throws IOException {
    this.course = new WrittenCourse(root);
    write("program.yml", PROGRAM);
  }

  Path root() {
    return course.root();
  }

  SiteFixture write(String path, String text) throws IOException {
    course.write(path, text);
    return this;
  }

  /** Writes {@code modules/<id>.md} with one objective and the given body. */
  SiteFixture module(String id, String title, int minutes, String body) throws IOException {
    course.module(id, title, minutes, body);
    return this;
  }

  Course load() throws IOException {
    return course.load();
  }

  SiteResult build(Path output) throws IOException {
    return build(output, null);
  }

  SiteResult build(Path output, Instant timestamp) throws IOException {
    return new SiteGenerator(SiteFixture.class.getClassLoader())
        .generate(load(), new SiteOptions(output, timestamp));
  }

  static Document page(Path site, String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), StandardCharsets.UTF_8.name());
  }
}
