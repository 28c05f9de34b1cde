package org.coursekit.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void findsTheClosestCandidate() {
    assertThat(Suggestions.closest("bloom_levl", List.of("bloom_level", "objectives", "id")))
        .contains("bloom_level");
  }

  @Test
  void ignoresCase() {
    assertThat(Suggestions.closest("Title", List.of("title", "version"))).contains("title");
  }

  @Test
  void suggestsNothingWhenNoCandidateIsCloseRelativeToTheLength() {
    // "datum" is 5 long, so at most 2 edits count as a typo; "data" is 2 away, "duration" 5.
    assertThat(Suggestions.closest("datum", List.of("duration"))).isEmpty();
    assertThat(Suggestions.closest("datum", List.of("duration", "data"))).contains("data");
    // A swap of two letters is two edits.
    assertThat(Suggestions.closest("duratoin", List.of("duration"))).contains("duration");
    assertThat(Suggestions.closest("PO-19", List.of("LO-M01-1", "title"))).isEmpty();
  }

  @Test
  void anAbbreviationSuggestsTheShortestCandidateStartingWithIt() {
    assertThat(
            Suggestions.closest("duration", List.of("duration_minutes_total", "duration_minutes")))
        .contains("duration_minutes");
    assertThat(Suggestions.closest("Warn", List.of("warning", "warnings"))).contains("warning");
    assertThat(Suggestions.closest("in", List.of("info", "id"))).contains("id");
    assertThat(Suggestions.closest("of", List.of("off-topic"))).isEmpty();
  }

  @Test
  void aTypoBeatsAnAbbreviation() {
    assertThat(Suggestions.closest("titel", List.of("title", "titel_long"))).contains("title");
  }

  @Test
  void shortWordsStillAllowOneEdit() {
    assertThat(Suggestions.closest("m1", List.of("m01", "m02"))).contains("m01");
  }

  @Test
  void tiesGoToTheAlphabeticallyFirstCandidateWhateverTheOrder() {
    assertThat(Suggestions.closest("m03", List.of("m02", "m01"))).contains("m01");
    assertThat(Suggestions.closest("m03", List.of("m01", "m02"))).contains("m01");
  }

  @Test
  void prefersTheNearerOfTwoCloseCandidates() {
    assertThat(Suggestions.closest("reviewr", List.of("reviewed", "reviewer")))
        .contains("reviewer");
  }

  @Test
  void emptyInputOrNoCandidatesGiveNothing() {
    assertThat(Suggestions.closest("", List.of("a"))).isEmpty();
    assertThat(Suggestions.closest("title", List.of())).isEmpty();
  }

  @Test
  void didYouMeanPhrasesTheHintOrIsEmpty() {
    assertThat(Suggestions.didYouMean("warn", List.of("error", "warning", "info", "off")))
        .isEqualTo("Did you mean `warning`?");
    assertThat(Suggestions.didYouMean("severe", List.of("error", "warning"))).isEmpty();
  }
}
