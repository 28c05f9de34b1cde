package org.coursekit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmark courses share, written into one course folder: the program around its
 * outcomes, people, the design and policy documents, unit exams with a blueprint, and the review
 * records every module and item carries.
 */
final class CourseFiles {

  /** Modules per unit exam. */
  static final int UNIT_SIZE = 20;

  static final String REVIEW =
      "{ reviewers: [sme-b], reviewed_on: 2026-10-15, decision: approved, next_review_due:"
          + " 2027-10-01 }";
  static final String ITEM_REVIEW =
      "{ reviewers: [sme-c], reviewed_on: 2026-09-10, status: approved }";

  private final Path root;

  CourseFiles(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  void write(String relative, String text) throws IOException {
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  /**
   * {@code program.yml}.
   *
   * @param outcomes the entries under {@code outcomes:}, one YAML line each, newline-terminated
   * @param exams the {@code assessment:<id>} requirements after {@code all-modules}
   * @param credit the {@code credit:} block, newline-terminated, or empty for none
   */
  void program(
      String outcomes, List<String> exams, String contactHours, String credit, List<String> modules)
      throws IOException {
    StringBuilder text = new StringBuilder();
    text.append(
        """
        id: bench-course
        title: Workplace Operations Library
        version: 1.0.0
        status: released
        language: en
        credential_type: assessment-based-certificate
        purpose: >-
          Prepare operations staff to carry out, record and check routine workplace procedures
          safely and consistently across the topics of the library.
        scope:
          includes: [routine workplace procedures, records and checks]
          excludes: [specialist engineering work, legal advice]
        intended_audience:
          description: Operations staff and their supervisors
          level: intermediate
        prerequisites: [Site induction]
        mission_alignment: >-
          The institute trains a safe and competent workforce; this library gives every site one
          assessed foundation.
        design_plan:
          needs_analysis: docs/needs-analysis.md
          delivery_mode: online
          technical_requirements: A current web browser with JavaScript enabled.
          rationale: docs/design-rationale.md
        outcomes:
        """);
    text.append(outcomes);
    text.append("completion:\n  requires: [all-modules, ")
        .append(String.join(", ", exams))
        .append("]\n");
    text.append(
        """
          passing_standard:
            score: 80
            scale: percent
            rule: compensatory
            method: modified-angoff
            set_on: 2026-09-22
            panel: [sme-b, sme-c, sme-d]
            report: docs/standard-setting.md
          attempts: { max: 3, wait_days: 7 }
        """);
    text.append("contact_hours: ").append(contactHours).append('\n');
    text.append(credit);
    text.append(
        """
        certificate:
          term: P3Y
          term_rationale: >-
            Site procedures and the guidance behind them change every few years, so the
            certificate lasts three years; the content is reviewed every 12 months.
          disclaimer: >-
            This certificate shows completion of training and a passed assessment. It is not a certification or licence.
        review: { cycle_months: 12, reviewers: [sme-b, sme-c], reviewed_on: 2026-10-15, decision: approved, next_review_due: 2027-10-01 }
        evaluation: { plan: docs/evaluation-plan.md, cycle_months: 12, instruments: [reaction-survey, item-analysis], last_completed: 2026-10-30 }
        quality: { internal_audit_on: 2026-11-03, management_review_on: 2026-11-17 }
        policies:
          fees_refunds: https://example.org/policies/fees
          nondiscrimination: https://example.org/policies/nondiscrimination
          advisory_group: policies/advisory-group.md
          automation: policies/ai-and-automation.md
          accommodations: https://example.org/policies/accommodations
          appeals: https://example.org/policies/appeals
        """);
    text.append("modules: [").append(String.join(", ", modules)).append("]\n");
    text.append("ai_assisted: false\n");
    write("program.yml", text.toString());
  }

  /** Someone people.yml names: id, name and roles (comma-separated). */
  record Person(String id, String name, String roles) {}

  /** {@code people.yml}: the authors, then the reviewers and psychometrician of every course. */
  void people(List<Person> authors) throws IOException {
    List<Person> people = new ArrayList<>(authors);
    people.add(new Person("sme-b", "Dr. B. Expert", "sme, reviewer"));
    people.add(new Person("sme-c", "C. Expert, MSc", "sme, reviewer"));
    people.add(new Person("sme-d", "D. Expert, MSc", "sme, reviewer"));
    people.add(new Person("psy-e", "Dr. E. Measure", "psychometrician"));
    StringBuilder text = new StringBuilder();
    for (Person person : people) {
      text.append("- id: ").append(person.id()).append('\n');
      text.append("  name: ").append(person.name()).append('\n');
      text.append("  roles: [").append(person.roles()).append("]\n");
      text.append("  qualifications: [10 yrs operations practice, Site trainer since 2020]\n");
      text.append("  coi: { disclosed_on: 2026-01-15, relevant: [] }\n\n");
    }
    write("people.yml", text.toString());
  }

  /** The design and policy documents program.yml names. */
  void documents() throws IOException {
    for (String name :
        List.of(
            "docs/needs-analysis.md",
            "docs/design-rationale.md",
            "docs/standard-setting.md",
            "docs/evaluation-plan.md",
            "policies/advisory-group.md",
            "policies/ai-and-automation.md")) {
      write(name, "# " + name + "\n\nA short document kept with the course for reviewers.\n");
    }
  }

  /**
   * {@code assessments/<id>.yml}: a summative exam whose blueprint weighs every objective, with
   * whole-number weights summing to 100 (the remainder goes one point each to the first ones).
   *
   * @param pool the {@code pool:} value
   */
  void unitExam(String id, int timeLimitMinutes, String pool, List<String> objectives, int minItems)
      throws IOException {
    int base = 100 / objectives.size();
    int extra = 100 % objectives.size();
    StringBuilder text = new StringBuilder();
    text.append("id: ").append(id).append('\n');
    text.append("use: summative\n");
    text.append("delivery: { time_limit_minutes: ")
        .append(timeLimitMinutes)
        .append(", randomize: true }\n");
    text.append("pool: ").append(pool).append('\n');
    text.append("blueprint:\n");
    for (int i = 0; i < objectives.size(); i++) {
      text.append("  - { objective: ")
          .append(objectives.get(i))
          .append(", weight: ")
          .append(base + (i < extra ? 1 : 0))
          .append(", min_items: ")
          .append(minItems)
          .append(" }\n");
    }
    text.append("passing_standard_ref: program.completion.passing_standard\n");
    write("assessments/" + id + ".yml", text.toString());
  }
}
