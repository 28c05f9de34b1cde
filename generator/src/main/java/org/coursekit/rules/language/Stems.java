package org.coursekit.rules.language;

import java.util.ArrayList;
import java.util.List;

/**
 * The stems that introduce an objective without being part of it: "Learners will be able to", "By
 * the end of this module, you will", "Students should be able to", "The learner will". A bare "Be
 * able to" is not a stem: the objective should start with the verb itself.
 */
final class Stems {

  private static final List<String> UNITS =
      List.of(
          "module",
          "course",
          "program",
          "programme",
          "lesson",
          "session",
          "unit",
          "workshop",
          "training",
          "activity",
          "section",
          "chapter",
          "tutorial",
          "episode",
          "class",
          "webinar");

  /** Lead-ins before "this module" or "the module". */
  private static final List<String> LEAD_IN_STARTS =
      List.of(
          "by the end of",
          "at the end of",
          "upon completion of",
          "on completion of",
          "after completion of",
          "upon successful completion of",
          "on successful completion of",
          "upon completing",
          "on completing",
          "after completing",
          "having completed");

  /**
   * Lead-ins before "this module" only: "In the course of a receipt inspection, …" is part of an
   * objective, not a stem.
   */
  private static final List<String> THIS_ONLY_LEAD_IN_STARTS = List.of("after", "in");

  private static final List<String> SUBJECTS =
      List.of(
          "learners",
          "learner",
          "the learner",
          "the learners",
          "each learner",
          "participants",
          "the participant",
          "the participants",
          "each participant",
          "students",
          "the student",
          "the students",
          "each student",
          "trainees",
          "the trainee",
          "the trainees",
          "attendees",
          "candidates",
          "successful learners",
          "successful participants",
          "successful candidates",
          "you");

  private static final List<String> MODALS =
      List.of(
          "will",
          "should",
          "shall",
          "can",
          "must",
          "would",
          "are able to",
          "is able to",
          "are expected to",
          "is expected to");

  private static final List<String> ABILITIES = List.of("be able to", "be expected to");

  private static final PhraseIndex LEAD_INS = new PhraseIndex(leadIns());
  private static final PhraseIndex SUBJECT_PHRASES = index(SUBJECTS);
  private static final PhraseIndex MODAL_PHRASES = index(MODALS);
  private static final PhraseIndex ABILITY_PHRASES = index(ABILITIES);
  static final Phrase BE_ABLE_TO = Phrase.of("be able to");

  private Stems() {}

  /**
   * Where the objective proper starts: the index of the first token after a stem that begins at
   * {@code from}, or {@code from} when there is none.
   */
  static int end(List<Token> tokens, int from) {
    int at = from;
    int afterLeadIn = longest(tokens, at, LEAD_INS);
    if (afterLeadIn > at) {
      at = skipPunctuation(tokens, afterLeadIn);
    }
    int afterSubject = longest(tokens, at, SUBJECT_PHRASES);
    if (afterSubject > at) {
      int afterModal = longest(tokens, afterSubject, MODAL_PHRASES);
      if (afterModal > afterSubject) {
        at = Math.max(afterModal, longest(tokens, afterModal, ABILITY_PHRASES));
      }
    }
    return at;
  }

  /** The index after the longest of {@code phrases} written at {@code at}, or {@code at}. */
  private static int longest(List<Token> tokens, int at, PhraseIndex phrases) {
    if (at >= tokens.size()) {
      return at;
    }
    for (Phrase phrase : phrases.startingWith(tokens.get(at))) {
      int end = endOf(tokens, at, phrase);
      if (end > 0) {
        return end;
      }
    }
    return at;
  }

  /** The index after {@code phrase} written word for word at {@code at}, or -1. */
  static int endOf(List<Token> tokens, int at, Phrase phrase) {
    if (at + phrase.size() > tokens.size()) {
      return -1;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (!tokens.get(at + i).lower().equals(phrase.words().get(i))) {
        return -1;
      }
    }
    return at + phrase.size();
  }

  static int skipPunctuation(List<Token> tokens, int at) {
    int i = at;
    while (i < tokens.size() && !tokens.get(i).word()) {
      i++;
    }
    return i;
  }

  private static List<Phrase> leadIns() {
    List<Phrase> leadIns = new ArrayList<>();
    for (String unit : UNITS) {
      for (String start : LEAD_IN_STARTS) {
        leadIns.add(Phrase.of(start + " this " + unit));
        leadIns.add(Phrase.of(start + " the " + unit));
      }
      for (String start : THIS_ONLY_LEAD_IN_STARTS) {
        leadIns.add(Phrase.of(start + " this " + unit));
      }
    }
    return List.copyOf(leadIns);
  }

  private static PhraseIndex index(List<String> texts) {
    return new PhraseIndex(texts.stream().map(Phrase::of).toList());
  }
}
