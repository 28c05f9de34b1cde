package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coursekit.baseline.BaselineSplit;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadResult;
import org.coursekit.model.Course;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * The small report fixture: a course under {@code src/test/resources/reports-golden/course} (two
 * modules, three outcomes, one exam, with deliberate coverage gaps), a fixed set of findings and a
 * fixed rule catalogue, so the golden reports do not change when the real rules do.
 */
final class ReportFixtures {

  static final Path GOLDEN = Path.of("src/test/resources/reports-golden");
  static final Instant TIMESTAMP = Instant.parse("2026-11-25T00:00:00Z");

  private ReportFixtures() {}

  /** A rule that only describes itself: reports never run rules. */
  static Rule rule(String id, String name, Severity severity, String help) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public Severity defaultSeverity() {
        return severity;
      }

      @Override
      public String help() {
        return help;
      }

      @Override
      public void check(Course course, RuleContext context) {}
    };
  }

  static RuleDescriptions rules() {
    return RuleDescriptions.of(
        List.of(
            rule(
                "GEN-001",
                "Unique ids and resolvable references",
                Severity.ERROR,
                "Every reference must name something that exists, or alignment cannot be"
                    + " checked (QM 2.2, 3.1)."),
            rule(
                "LO-001",
                "Objective starts with an observable action verb",
                Severity.WARNING,
                "Objectives must name a performance an assessor can observe (IACET 5.1; QM 2.1)."),
            rule(
                "PRG-003",
                "Two-way traceability between outcomes and objectives",
                Severity.ERROR,
                "Each outcome must be taught by a module objective (QM 2.2)."),
            rule("REV-003", "References are current", Severity.WARNING, "")));
  }

  static ReportContext context() {
    return new ReportContext(rules(), null, TIMESTAMP, "9.9.9-test");
  }

  static Course course() {
    try {
      LoadResult loaded = new CourseLoader().load(GOLDEN.resolve("course"));
      assertThat(loaded.findings()).as("the report fixture course loads cleanly").isEmpty();
      return loaded.course();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Findings of every severity and origin: catalogue rules, loader and site checks, an id no rule
   * describes, and text that needs escaping in every format.
   */
  static List<Finding> findings() {
    return List.of(
        Finding.error(
            "PRG-003",
            new SourceRef("program.yml", 13, 5),
            "Outcome `PO-3` is supported by no module objective. Add `PO-3` to the `supports` of"
                + " an objective that teaches it, for example `supports: [PO-3]`."),
        Finding.warning(
            "LO-001",
            new SourceRef("modules/m01-receipt.md", 13, 11),
            "Objective `LO-M01-2` starts with \"Record\" <b>, which is not on the verb list |"
                + " use a verb such as `document` & try again."),
        Finding.info(
            "LO-001",
            new SourceRef("modules/m02-storage.md", 14, 11),
            "Objective `LO-M02-2` is short; consider naming the condition."),
        Finding.error(
            "GEN-001",
            new SourceRef("items/secure/Q-S3.yml", 4, 13),
            "`objectives` refers to objective `LO-M01-9`, which is not defined. Did you mean"
                + " `LO-M01-2`?"),
        Finding.warning(
            "A11Y-001",
            new SourceRef("modules/m01-receipt/shipper label.svg", 1, 1),
            "The image has no alt text ]]> and a bell \u0007 character."),
        Finding.warning(
            "FMT-004",
            new SourceRef("coursekit.yml", 2, 1),
            "Unknown key `rulez`. Did you mean `rules`?"),
        Finding.error(
            "XYZ-999",
            new SourceRef("assessments/final.yml", 5, 5),
            "A finding of a rule from an extension that is not loaded."));
  }

  /**
   * {@link #findings()} as a build whose baseline records two of them (the module's LO-001 warning
   * and the extension's error): those are reported as accepted in the baseline.
   */
  static BaselineSplit withBaseline() {
    List<Finding> open = new ArrayList<>();
    List<Finding> baselined = new ArrayList<>();
    for (Finding finding : findings()) {
      boolean recorded =
          finding.rule().equals("XYZ-999") || finding.at().file().equals("modules/m01-receipt.md");
      (recorded ? baselined : open).add(finding);
    }
    return new BaselineSplit(open, baselined, true);
  }

  /**
   * {@code count} distinct findings spread over files, rules and severities, in a scrambled order
   * that is the same on every run.
   */
  static List<Finding> many(int count) {
    String[] files = {
      "program.yml",
      "modules/m01-receipt.md",
      "modules/m02-storage.md",
      "items/secure/Q-S1.yml",
      "assessments/final.yml",
      "people.yml"
    };
    String[] rules = {"GEN-001", "LO-001", "PRG-003", "FMT-004", "A11Y-001"};
    Severity[] severities = Severity.values();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // 7919 is prime, so the stride visits every index once before repeating.
      int n = (i * 7919) % count;
      findings.add(
          new Finding(
              rules[n % rules.length],
              severities[n % severities.length],
              new SourceRef(files[n % files.length], 1 + n / 7, 1 + n % 5),
              "Finding number " + n + " with <markup> & \"quotes\"."));
    }
    return List.copyOf(findings);
  }
}
