package org.coursekit.site;

import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human wording of machine values on the site: durations, ISO periods, credit types, policy
 * keys. English, like the theme's own labels. Public for the other readable outputs (the evidence
 * bundle), so a value reads the same everywhere.
 */
public final class DisplayText {

  private static final Map<String, String> POLICY_LABELS =
      Map.of(
          "fees_refunds", "Fees, cancellations and refunds",
          "nondiscrimination", "Non-discrimination",
          "accommodations", "Accommodations for disabilities",
          "appeals", "Complaints and appeals",
          "advisory_group", "Advisory group",
          "automation", "Use of AI and automation");

  /** Landing-page order of the well-known policies; others follow in the author's order. */
  static final List<String> POLICY_ORDER =
      List.of(
          "fees_refunds",
          "accommodations",
          "appeals",
          "nondiscrimination",
          "advisory_group",
          "automation");

  private static final Map<String, String> CREDIT_BODIES =
      Map.of(
          "iacet-ceu", "IACET",
          "acpe", "ACPE",
          "accme", "ACCME",
          "jointly-accredited", "Joint Accreditation");

  private static final Map<String, String> LEVELS =
      Map.of("entry", "Entry level", "intermediate", "Intermediate", "advanced", "Advanced");

  private static final Map<String, String> DELIVERY_MODES =
      Map.of(
          "online", "Online",
          "blended", "Blended: online and in person",
          "in-person", "In person");

  private DisplayText() {}

  static String policyLabel(String key) {
    return POLICY_LABELS.getOrDefault(key, humanize(key));
  }

  public static String level(String level) {
    return level == null ? null : LEVELS.getOrDefault(level, humanize(level));
  }

  public static String deliveryMode(String mode) {
    return mode == null ? null : DELIVERY_MODES.getOrDefault(mode, humanize(mode));
  }

  /** {@code 90} becomes {@code 1 hour 30 minutes}. */
  static String minutes(Integer minutes) {
    if (minutes == null || minutes <= 0) {
      return null;
    }
    int hours = minutes / 60;
    int rest = minutes % 60;
    List<String> parts = new ArrayList<>();
    if (hours > 0) {
      parts.add(count(hours, "hour", "hours"));
    }
    if (rest > 0) {
      parts.add(count(rest, "minute", "minutes"));
    }
    return String.join(" ", parts);
  }

  /** {@code P3Y} becomes {@code 3 years}; {@code lifetime} says it does not expire. */
  public static String certificateTerm(String term) {
    if (term == null || term.isBlank()) {
      return null;
    }
    if ("lifetime".equalsIgnoreCase(term.strip())) {
      return "Lifetime (the certificate does not expire)";
    }
    try {
      Period period = Period.parse(term.strip());
      List<String> parts = new ArrayList<>();
      if (period.getYears() != 0) {
        parts.add(count(period.getYears(), "year", "years"));
      }
      if (period.getMonths() != 0) {
        parts.add(count(period.getMonths(), "month", "months"));
      }
      if (period.getDays() != 0) {
        parts.add(count(period.getDays(), "day", "days"));
      }
      return parts.isEmpty() ? term : String.join(" ", parts);
    } catch (DateTimeParseException e) {
      return term;
    }
  }

  static String number(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  /** {@code 6.5 contact hours}, {@code 1 contact hour}. */
  public static String contactHours(BigDecimal hours) {
    if (hours == null) {
      return null;
    }
    String number = number(hours);
    return number + (BigDecimal.ONE.compareTo(hours) == 0 ? " contact hour" : " contact hours");
  }

  /** {@code 0.3 CEU (IACET)}, {@code 6.5 contact hours (ACPE)}. */
  public static String credit(String type, BigDecimal amount, String unit) {
    String body = type == null ? null : CREDIT_BODIES.getOrDefault(type, type);
    String unitText;
    if ("contact-hours".equals(unit)) {
      unitText =
          BigDecimal.ONE.compareTo(amount == null ? BigDecimal.ZERO : amount) == 0
              ? "contact hour"
              : "contact hours";
    } else if (unit == null || "ceu".equals(unit)) {
      unitText = "CEU";
    } else {
      unitText = humanize(unit).toLowerCase(Locale.ROOT);
    }
    String text = (amount == null ? "" : number(amount) + " ") + unitText;
    return body == null ? text : text + " (" + body + ")";
  }

  /** A score on the program's scale: {@code 80%} or {@code 80 points}. */
  public static String score(BigDecimal score, String scale) {
    if (score == null) {
      return null;
    }
    String number = number(score);
    if ("percent".equals(scale)) {
      return number + "%";
    }
    if ("points".equals(scale)) {
      return number + (BigDecimal.ONE.compareTo(score) == 0 ? " point" : " points");
    }
    return scale == null ? number : number + " " + scale;
  }

  /** {@code final-exam} becomes {@code Final exam}. */
  public static String humanize(String key) {
    if (key == null || key.isBlank()) {
      return "";
    }
    String words = key.strip().replaceAll("[_\\-]+", " ");
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
