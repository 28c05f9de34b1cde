package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlList;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;
import org.coursekit.yaml.YamlScalar;

/**
 * PRG-008: module durations add up to the declared contact hours, and credits match them (IACET:
 * one CEU per ten contact hours, in tenths, at least 0.1).
 */
final class ContactHours implements Rule {

  static final String TOLERANCE_PERCENT = "tolerance_percent";

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MIN_CEU = new BigDecimal("0.1");
  private static final Set<String> FALSE_WORDS = Set.of("false", "no", "off");
  private static final String CEU = "ceu";
  private static final String CONTACT_HOURS = "contact-hours";

  @Override
  public String id() {
    return "PRG-008";
  }

  @Override
  public String name() {
    return "Contact hours and CEUs add up";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "IACET CEU definition and element 6.4: one CEU is ten contact hours of instruction,"
        + " expressed in tenths and never less than 0.1; breaks and promotion do not count. The"
        + " declared contact hours must match the modules' instructional time.";
  }

  @Override
  public Set<String> optionNames() {
    return Set.of(TOLERANCE_PERCENT);
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null) {
      return;
    }
    BigDecimal tolerance = context.numberOption(TOLERANCE_PERCENT, BigDecimal.valueOf(5));
    Integer minutes = countedMinutes(course, context);
    BigDecimal summed =
        minutes == null ? null : BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    BigDecimal declared = program.contactHours();
    if (declared == null && unreadable(program.source(), "contact_hours")) {
      return; // the loader reported the wrong type; nothing to compare with
    }
    if (declared == null) {
      context.report(
          at(program.source(), "contact_hours"),
          "program.yml has no `contact_hours`"
              + (minutes == null ? "" : "; the modules add up to " + minutes + " minutes")
              + ". Contact hours are what CEUs and other credits are computed from (IACET 6.4)."
              + " Add them, e.g. `contact_hours: "
              + (summed == null ? "3.0" : plain(summed))
              + "`.");
    } else if (summed != null && !within(summed, declared, tolerance)) {
      context.report(
          at(program.source(), "contact_hours"),
          "`contact_hours` is "
              + plain(declared)
              + ", but the modules' `duration_minutes` add up to "
              + minutes
              + " minutes ("
              + plain(summed)
              + " hours), more than "
              + tolerance.stripTrailingZeros().toPlainString()
              + " % apart (IACET 6.4). Set `contact_hours: "
              + plain(summed)
              + "` or correct the module durations.");
    }
    BigDecimal hours = declared != null ? declared : summed;
    if (hours != null) {
      checkCredits(program, hours, tolerance, context);
    }
  }

  /**
   * The instructional minutes of the counted modules, reporting each module without a positive
   * duration; null when some module's time is unknown, so no total can be compared.
   */
  private static Integer countedMinutes(Course course, RuleContext context) {
    boolean known = !MissingModules.any(course);
    int minutes = 0;
    for (CourseModule module : course.modules()) {
      if (!counted(module)) {
        continue;
      }
      Integer duration = module.durationMinutes();
      if (duration != null && duration > 0) {
        minutes += duration;
        continue;
      }
      known = false;
      if (duration == null && unreadable(module.source(), "duration_minutes")) {
        continue; // the loader reported the wrong type
      }
      context.report(
          at(module.source(), "duration_minutes"),
          "Module `"
              + module.id()
              + "` "
              + (duration == null
                  ? "has no `duration_minutes`"
                  : "has `duration_minutes: " + duration + "`")
              + "; every module's instructional time counts toward contact hours and CEUs"
              + " (IACET 6.4). Give the minutes of instruction, breaks excluded, e.g."
              + " `duration_minutes: 45`.");
    }
    return known ? minutes : null;
  }

  /**
   * True when {@code key} holds a value the loader could not read as a number (it reported that as
   * FMT-003 and gave the model null): it must not be reported as missing too.
   */
  private static boolean unreadable(YamlMap map, String key) {
    return map.get(key).filter(v -> !(v instanceof YamlScalar s && s.isNull())).isPresent();
  }

  /** A module with {@code counted: false} (a break, a promotion) adds no instructional time. */
  private static boolean counted(CourseModule module) {
    return !(module.source().get("counted").orElse(null) instanceof YamlScalar flag
        && flag.type() == YamlScalar.Type.BOOLEAN
        && FALSE_WORDS.contains(flag.text().toLowerCase(Locale.ROOT)));
  }

  private static void checkCredits(
      Program program, BigDecimal hours, BigDecimal tolerance, RuleContext context) {
    List<YamlMap> entries = creditEntries(program.source());
    for (int i = 0; i < program.credits().size() && i < entries.size(); i++) {
      Program.Credit credit = program.credits().get(i);
      YamlMap entry = entries.get(i);
      String type = credit.type() == null ? "this credit" : "`" + credit.type() + "`";
      String unit = credit.unit() == null ? null : credit.unit().toLowerCase(Locale.ROOT);
      if (unit == null || (!unit.equals(CEU) && !unit.equals(CONTACT_HOURS))) {
        context.report(
            at(entry, "unit"),
            "The credit "
                + type
                + (unit == null ? " has no `unit`" : " has `unit: " + credit.unit() + "`")
                + "; say whether its amount is in CEUs or contact hours (course-format.md section"
                + " 10). Add `unit: ceu` or `unit: contact-hours`.");
        continue;
      }
      if (credit.amount() == null) {
        context.report(
            at(entry, "amount"),
            "The credit "
                + type
                + " has no `amount` (IACET 6.4). Add it, e.g. `amount: "
                + plain(expected(unit, hours))
                + "`.");
        continue;
      }
      checkAmount(credit, type, unit, hours, tolerance, entry, context);
    }
  }

  private static void checkAmount(
      Program.Credit credit,
      String type,
      String unit,
      BigDecimal hours,
      BigDecimal tolerance,
      YamlMap entry,
      RuleContext context) {
    BigDecimal expected = expected(unit, hours);
    if (unit.equals(CEU) && expected.compareTo(MIN_CEU) < 0) {
      context.report(
          at(entry, "amount"),
          "The program has "
              + plain(hours)
              + " contact hours, too few for CEUs: that is "
              + plain(expected)
              + " CEU once rounded to tenths, and the smallest award is 0.1 CEU (IACET 6.4)."
              + " Remove the credit or lengthen the program.");
    } else if (unit.equals(CEU) && credit.amount().compareTo(expected) != 0) {
      context.report(
          at(entry, "amount"),
          "The credit "
              + type
              + " is "
              + plain(credit.amount())
              + " CEU, but "
              + plain(hours)
              + " contact hours are "
              + plain(expected)
              + " CEU (one CEU per ten contact hours, rounded to tenths; IACET 6.4). Set `amount: "
              + plain(expected)
              + "`.");
    } else if (unit.equals(CONTACT_HOURS) && !within(credit.amount(), hours, tolerance)) {
      context.report(
          at(entry, "amount"),
          "The credit "
              + type
              + " is "
              + plain(credit.amount())
              + " contact hours, but the program has "
              + plain(hours)
              + " contact hours; credit is awarded for the instructional time actually offered"
              + " (IACET 6.4). Set `amount: "
              + plain(hours)
              + "`.");
    }
  }

  /** The amount {@code hours} are worth in {@code unit}. */
  private static BigDecimal expected(String unit, BigDecimal hours) {
    return unit.equals(CEU) ? hours.divide(TEN, 1, RoundingMode.HALF_UP) : hours;
  }

  /** The credit mappings in source order, matching {@link Program#credits()} one to one. */
  private static List<YamlMap> creditEntries(YamlMap root) {
    YamlNode node = root.get("credit").orElse(null);
    if (!(node instanceof YamlList list)) {
      return List.of();
    }
    return list.items().stream()
        .filter(YamlMap.class::isInstance)
        .map(YamlMap.class::cast)
        .toList();
  }

  private static boolean within(BigDecimal actual, BigDecimal target, BigDecimal percent) {
    BigDecimal allowed = target.abs().multiply(percent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
    return actual.subtract(target).abs().compareTo(allowed) <= 0;
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 1 ? stripped.setScale(1) : stripped).toPlainString();
  }
}
