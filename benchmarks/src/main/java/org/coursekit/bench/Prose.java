package org.coursekit.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic training-course prose: sentences, paragraphs and list entries built from fixed word
 * lists, so the same seed always gives the same text (no clock, no locale).
 */
final class Prose {

  static final List<String> SUBJECTS =
      List.of(
          "confined space entry",
          "incident reporting",
          "lockout tagout",
          "data privacy",
          "customer onboarding",
          "forklift operation",
          "fire safety",
          "first aid response",
          "code review",
          "cloud cost control",
          "access management",
          "phishing awareness",
          "change management",
          "quality inspection",
          "hazard communication",
          "ladder safety",
          "database backups",
          "release planning",
          "supplier audits",
          "clinical hygiene",
          "manual handling",
          "risk assessment",
          "root cause analysis",
          "service desk triage",
          "contract review",
          "inventory control",
          "project scheduling",
          "energy metering",
          "patient handover",
          "workplace ergonomics",
          "network segmentation",
          "chemical storage",
          "budget forecasting",
          "conflict resolution",
          "meeting facilitation",
          "test automation");
  private static final List<String> NOUNS =
      List.of(
          "procedure",
          "checklist",
          "supervisor",
          "team",
          "record",
          "incident",
          "permit",
          "assessment",
          "control",
          "workflow",
          "report",
          "system",
          "policy",
          "site",
          "operator",
          "review",
          "schedule",
          "handover",
          "hazard",
          "budget",
          "customer",
          "sample",
          "audit",
          "request",
          "template",
          "signal",
          "threshold",
          "exception",
          "deadline",
          "register");
  private static final List<String> ADJECTIVES =
      List.of(
          "clear",
          "accurate",
          "timely",
          "documented",
          "critical",
          "routine",
          "shared",
          "independent",
          "formal",
          "practical",
          "consistent",
          "visible",
          "approved",
          "local",
          "temporary",
          "complete",
          "structured",
          "measurable",
          "safe",
          "current");
  private static final List<String> VERBS =
      List.of(
          "confirm",
          "review",
          "record",
          "check",
          "escalate",
          "update",
          "verify",
          "assign",
          "compare",
          "prepare",
          "sign",
          "file",
          "close",
          "report",
          "measure",
          "label");
  private static final List<String> OPENERS =
      List.of(
          "In practice,",
          "On most sites,",
          "Before the shift starts,",
          "As a rule,",
          "When in doubt,",
          "During an audit,",
          "After every change,",
          "For new staff,");

  private final Random random;

  Prose(long seed) {
    this.random = new Random(seed);
  }

  String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  String noun() {
    return pick(NOUNS);
  }

  String adjective() {
    return pick(ADJECTIVES);
  }

  String verb() {
    return pick(VERBS);
  }

  /** One sentence of 12 to 20 words about {@code subject}. */
  String sentence(String subject) {
    return switch (random.nextInt(5)) {
      case 0 ->
          pick(OPENERS)
              + " the "
              + adjective()
              + " "
              + noun()
              + " for "
              + subject
              + " must be kept "
              + adjective()
              + " so that every "
              + noun()
              + " can "
              + verb()
              + " it later.";
      case 1 ->
          "Ask the "
              + noun()
              + " owner to "
              + verb()
              + " the "
              + noun()
              + " and to "
              + verb()
              + " any "
              + adjective()
              + " "
              + noun()
              + " before the "
              + noun()
              + " moves on.";
      case 2 ->
          "A "
              + adjective()
              + " "
              + noun()
              + " is worth little if nobody can "
              + verb()
              + " the "
              + noun()
              + " that goes with it during "
              + subject
              + ".";
      case 3 ->
          "Use the "
              + noun()
              + " template, "
              + verb()
              + " each "
              + noun()
              + " in turn, and write down who did it, when, and what the "
              + noun()
              + " showed.";
      default ->
          capitalised(subject)
              + " depends on a "
              + adjective()
              + " "
              + noun()
              + ", a "
              + adjective()
              + " "
              + noun()
              + " and people who "
              + verb()
              + " the "
              + noun()
              + " every time.";
    };
  }

  /** A paragraph of {@code sentences} sentences, wrapped at about 90 characters. */
  String paragraph(String subject, int sentences) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(sentence(subject));
    }
    return wrap(text.toString());
  }

  static String capitalised(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > 90) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }
}
