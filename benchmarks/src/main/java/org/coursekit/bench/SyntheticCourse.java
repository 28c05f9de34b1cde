package org.coursekit.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a complete, realistic course of N modules in the CourseKit source format, the same bytes
 * for the same N: a program with eight outcomes, people, a glossary, design and policy documents;
 * modules of about 1,200 words with three objectives (understand, apply with condition and
 * criterion, evaluate), taught sections, a table, a callout and a formative quiz; two reviewed
 * summative items per objective; and one summative unit exam with a blueprint per 20 modules.
 */
final class SyntheticCourse {

  private static final int OUTCOMES = 8;
  private static final long SEED = 20261124L;
  private static final List<String> UNDERSTAND = List.of("Explain", "Describe", "Summarize");
  private static final List<String> APPLY = List.of("Perform", "Complete", "Prepare", "Document");
  private static final List<String> EVALUATE = List.of("Verify", "Judge", "Assess", "Check");
  private static final List<String> TITLES =
      List.of(
          "Introduction to %s",
          "Fundamentals of %s",
          "%s in Practice",
          "Planning for %s",
          "%s for Supervisors",
          "Auditing %s",
          "%s Essentials",
          "Troubleshooting %s",
          "A Field Guide to %s",
          "%s Refresher");

  private final CourseFiles files;
  private final int modules;

  private SyntheticCourse(Path root, int modules) {
    this.files = new CourseFiles(root);
    this.modules = modules;
  }

  /** Writes the course into {@code root} (which should be empty or absent). */
  static void write(Path root, int modules) throws IOException {
    if (modules < 1) {
      throw new IllegalArgumentException("at least one module");
    }
    new SyntheticCourse(root, modules).writeAll();
  }

  static String moduleId(int number) {
    return String.format(Locale.ROOT, "mod-%04d", number);
  }

  private static String objectiveId(int module, int objective) {
    return String.format(Locale.ROOT, "LO-%04d-%d", module, objective);
  }

  private static int unitOf(int module) {
    // 20 modules of 3 objectives keep every blueprint weight at 1 or more.
    return (module - 1) / CourseFiles.UNIT_SIZE + 1;
  }

  private static String unitId(int unit) {
    return String.format(Locale.ROOT, "unit-%02d", unit);
  }

  private int units() {
    return unitOf(modules);
  }

  private void writeAll() throws IOException {
    int minutes = 0;
    for (int number = 1; number <= modules; number++) {
      minutes += writeModule(number);
    }
    for (int unit = 1; unit <= units(); unit++) {
      writeUnitExam(unit);
    }
    writeProgram(minutes);
    files.people(
        List.of(
            new CourseFiles.Person("author-a", "A. Author, MSc", "author, planner"),
            new CourseFiles.Person("author-b", "B. Writer, BSc", "author")));
    writeGlossary();
    files.documents();
    files.write("coursekit.yml", "profile: release\n");
  }

  // ---------------------------------------------------------------- modules and items

  /** Writes module {@code number} and its items; returns its duration in minutes. */
  private int writeModule(int number) throws IOException {
    Prose prose = new Prose(SEED * 31 + number);
    String subject = Prose.SUBJECTS.get((number - 1) % Prose.SUBJECTS.size());
    String title = String.format(Locale.ROOT, prose.pick(TITLES), Prose.capitalised(subject));
    int minutes = 30 + 5 * prose.between(0, 6);
    String id = moduleId(number);
    List<String[]> objectives =
        List.of(
            new String[] {
              prose.pick(UNDERSTAND)
                  + " why "
                  + subject
                  + " needs a "
                  + prose.adjective()
                  + " "
                  + prose.noun(),
              "understand"
            },
            new String[] {
              prose.pick(APPLY)
                  + " the "
                  + prose.noun()
                  + " for "
                  + subject
                  + " using the site "
                  + prose.noun()
                  + " template",
              "apply"
            },
            new String[] {
              prose.pick(EVALUATE)
                  + " whether a "
                  + prose.noun()
                  + " for "
                  + subject
                  + " meets the "
                  + prose.adjective()
                  + " acceptance criteria",
              "evaluate"
            });

    StringBuilder text = new StringBuilder("---\n");
    text.append("id: ").append(id).append('\n');
    text.append("title: \"").append(title).append("\"\n");
    text.append("version: 1.0.0\n");
    text.append("duration_minutes: ").append(minutes).append('\n');
    boolean firstOfUnit = (number - 1) % CourseFiles.UNIT_SIZE == 0;
    text.append("prerequisites: [").append(firstOfUnit ? "" : moduleId(number - 1)).append("]\n");
    text.append("objectives:\n");
    for (int o = 0; o < objectives.size(); o++) {
      String[] objective = objectives.get(o);
      text.append("  - id: ").append(objectiveId(number, o + 1)).append('\n');
      text.append("    text: ").append(objective[0]).append('\n');
      text.append("    bloom_level: ").append(objective[1]).append('\n');
      text.append("    supports: [PO-").append((number + o) % OUTCOMES + 1).append("]\n");
      if (o > 0) {
        text.append("    condition: Given the site ")
            .append(prose.noun())
            .append(" and a completed ")
            .append(prose.noun())
            .append('\n');
        text.append("    criterion: No critical errors, with every ")
            .append(prose.noun())
            .append(" recorded\n");
      }
    }
    text.append("authors: [author-").append((char) ('a' + number % 2)).append("]\n");
    text.append("review: ").append(CourseFiles.REVIEW).append('\n');
    text.append("references:\n");
    text.append("  - citation: \"Guidance on ")
        .append(subject)
        .append(", revision ")
        .append(number % 7 + 1)
        .append("\"\n");
    text.append("    year: ").append(2021 + number % 5).append('\n');
    text.append("    url: https://example.org/guidance/").append(id).append('\n');
    text.append("    version: rev ").append(number % 7 + 1).append('\n');
    text.append("ai_assisted: false\n");
    text.append("---\n\n");
    text.append("# ").append(title).append("\n\n");
    text.append(prose.paragraph(subject, 5)).append("\n\n");
    appendSection(text, prose, subject, "Why it matters", objectiveId(number, 1));
    text.append("- ").append(prose.sentence(subject)).append('\n');
    text.append("- ").append(prose.sentence(subject)).append('\n');
    text.append("- ").append(prose.sentence(subject)).append("\n\n");
    appendSection(text, prose, subject, "Doing it step by step", objectiveId(number, 2));
    text.append("| Step | What to ").append(prose.verb()).append(" | Record |\n");
    text.append("|---|---|---|\n");
    for (int step = 1; step <= 5; step++) {
      text.append("| ")
          .append(step)
          .append(" | The ")
          .append(prose.adjective())
          .append(' ')
          .append(prose.noun())
          .append(" | ")
          .append(Prose.capitalised(prose.noun()))
          .append(" log |\n");
    }
    text.append("\n> [!WARNING]\n> ").append(prose.sentence(subject)).append("\n\n");
    appendQuiz(text, number, subject);
    appendSection(text, prose, subject, "Judging the result", objectiveId(number, 3));
    text.append("1. ").append(prose.sentence(subject)).append('\n');
    text.append("2. ").append(prose.sentence(subject)).append('\n');
    text.append("3. ").append(prose.sentence(subject)).append("\n\n");
    if (number > 1) {
      text.append("See also [")
          .append(moduleId(number - 1))
          .append("](")
          .append(moduleId(number - 1))
          .append(".md).\n\n");
    }
    text.append("## Summary\n\n").append(prose.paragraph(subject, 4)).append('\n');
    files.write("modules/" + id + ".md", text.toString());

    for (int o = 0; o < objectives.size(); o++) {
      for (char variant : new char[] {'a', 'b'}) {
        writeItem(number, o + 1, variant, objectives.get(o)[1], subject, prose);
      }
    }
    return minutes;
  }

  private static void appendSection(
      StringBuilder text, Prose prose, String subject, String heading, String objective) {
    text.append("## ").append(heading).append('\n');
    text.append("<!-- supports: ").append(objective).append(" -->\n\n");
    for (int p = 0; p < 3; p++) {
      text.append(prose.paragraph(subject, 4)).append("\n\n");
    }
  }

  private static void appendQuiz(StringBuilder text, int number, String subject) {
    text.append("```quiz\n");
    text.append("id: Q-F-").append(String.format(Locale.ROOT, "%04d", number)).append('\n');
    text.append("type: single\nuse: formative\n");
    text.append("objectives: [").append(objectiveId(number, 2)).append("]\n");
    text.append("bloom_level: apply\n");
    text.append("stem: Which record must be complete before ")
        .append(subject)
        .append(" is signed off?\n");
    text.append("options:\n");
    text.append(
        "  - text: The shift rota\n    feedback: The rota says who works, not what was done.\n");
    text.append("  - text: The step log\n    correct: true\n")
        .append("    feedback: Correct. The step log shows each step and who did it.\n");
    text.append("  - text: The visitor book\n    feedback: Visitors are recorded elsewhere.\n");
    text.append("feedback: The step log is the evidence that each step was done.\n");
    text.append("rationale: Only the step log records the steps.\n");
    text.append("points: 1\n");
    text.append("source: { reference: \"Course module ")
        .append(moduleId(number))
        .append(" v1.0.0\" }\n");
    text.append("authors: [author-a]\nreview: ").append(CourseFiles.ITEM_REVIEW).append('\n');
    text.append("ai_assisted: false\n```\n\n");
  }

  private void writeItem(
      int module, int objective, char variant, String level, String subject, Prose prose)
      throws IOException {
    String id =
        String.format(Locale.ROOT, "Q-U%02d-%04d-%d%c", unitOf(module), module, objective, variant);
    String right = "Record the " + prose.adjective() + " " + prose.noun() + " first";
    StringBuilder text = new StringBuilder();
    text.append("id: ").append(id).append('\n');
    text.append("type: single\nuse: summative\n");
    text.append("objectives: [").append(objectiveId(module, objective)).append("]\n");
    text.append("bloom_level: ").append(level).append('\n');
    text.append("stem: >-\n  During ")
        .append(subject)
        .append(" in module ")
        .append(moduleId(module))
        .append(", a ")
        .append(prose.noun())
        .append(" reports a ")
        .append(prose.adjective())
        .append(' ')
        .append(prose.noun())
        .append(". Which action comes first (variant ")
        .append(variant)
        .append(")?\n");
    text.append("options:\n");
    text.append("  - text: \"").append(right).append("\"\n    correct: true\n");
    text.append("  - text: The ").append(prose.noun()).append(" is ignored until the next audit\n");
    text.append("  - text: The ").append(prose.noun()).append(" is closed without a record\n");
    text.append("  - text: The ").append(prose.noun()).append(" is passed to a visitor\n");
    text.append("rationale: Only the first option keeps the record complete and traceable.\n");
    text.append("points: 1\n");
    text.append("source: { reference: \"Guidance on ")
        .append(subject)
        .append(", section ")
        .append(objective)
        .append("\" }\n");
    text.append("authors: [author-a]\nreview: ").append(CourseFiles.ITEM_REVIEW).append('\n');
    text.append("ai_assisted: false\n");
    files.write("items/secure/" + id + ".yml", text.toString());
  }

  private void writeUnitExam(int unit) throws IOException {
    int first = (unit - 1) * CourseFiles.UNIT_SIZE + 1;
    int last = Math.min(modules, unit * CourseFiles.UNIT_SIZE);
    List<String> objectives = new ArrayList<>();
    for (int module = first; module <= last; module++) {
      for (int o = 1; o <= 3; o++) {
        objectives.add(objectiveId(module, o));
      }
    }
    String pool =
        String.format(
            Locale.ROOT,
            "{ include: [\"items/secure/Q-U%02d-*\"], draw: %d }",
            unit,
            objectives.size() * 2);
    files.unitExam(unitId(unit), 90, pool, objectives, 2);
  }

  // ---------------------------------------------------------------- program-wide files

  private void writeProgram(int minutes) throws IOException {
    BigDecimal hours =
        BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    BigDecimal ceu = hours.divide(BigDecimal.TEN, 1, RoundingMode.HALF_UP);
    StringBuilder outcomes = new StringBuilder();
    for (int o = 1; o <= OUTCOMES; o++) {
      outcomes.append("  - id: PO-").append(o).append('\n');
      outcomes
          .append("    text: Apply the procedures of topic group ")
          .append(o)
          .append(" without critical errors\n");
      outcomes.append("    bloom_level: apply\n");
      outcomes.append("    condition: Given the site procedures and records\n");
      outcomes.append("    criterion: No critical errors on the unit exams\n");
    }
    List<String> exams = new ArrayList<>();
    for (int unit = 1; unit <= units(); unit++) {
      exams.add("assessment:" + unitId(unit));
    }
    List<String> ids = new ArrayList<>();
    for (int number = 1; number <= modules; number++) {
      ids.add(moduleId(number));
    }
    files.program(
        outcomes.toString(),
        exams,
        hours.toPlainString(),
        "credit:\n  - { type: iacet-ceu, amount: " + ceu.toPlainString() + ", unit: ceu }\n",
        ids);
  }

  private void writeGlossary() throws IOException {
    StringBuilder text = new StringBuilder();
    for (String subject : Prose.SUBJECTS) {
      text.append("- term: ").append(Prose.capitalised(subject)).append('\n');
      text.append("  definition: >-\n    The procedures, records and checks a site uses for ")
          .append(subject)
          .append(".\n\n");
    }
    files.write("glossary.yml", text.toString());
  }
}
