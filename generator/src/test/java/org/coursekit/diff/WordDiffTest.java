package org.coursekit.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.coursekit.diff.WordDiff.Kind;
import org.coursekit.diff.WordDiff.Segment;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void marksOnlyTheChangedWord() {
    WordDiff diff = WordDiff.of("Store the bag at −150 °C.", "Store the bag at −135 °C.");

    assertThat(diff.segments())
        .containsExactly(
            new Segment(Kind.EQUAL, "Store the bag at −"),
            new Segment(Kind.DELETED, "150"),
            new Segment(Kind.INSERTED, "135"),
            new Segment(Kind.EQUAL, " °C."));
    assertThat(DiffMarkup.html(diff))
        .isEqualTo("Store the bag at −<del>150</del><ins>135</ins> °C.");
  }

  @Test
  void joinsNeighbouringChangesAndKeepsTheSpaceOutsideAnInsertion() {
    WordDiff diff = WordDiff.of("a red car stops", "a blue bus stops here");

    assertThat(DiffMarkup.markdown(diff))
        .isEqualTo("a <del>red car</del><ins>blue bus</ins> stops <ins>here</ins>");
  }

  @Test
  void similarityCountsWordsNotSpaces() {
    assertThat(WordDiff.of("one two three four", "one two three four").similarity()).isEqualTo(1.0);
    assertThat(WordDiff.of("one two", "three four").similarity()).isEqualTo(0.0);
    assertThat(WordDiff.of("one two three four", "one two five six").similarity()).isEqualTo(0.5);
    assertThat(WordDiff.of("same", "same").changed()).isFalse();
  }

  @Test
  void markdownEscapesWhatGithubWouldFormat() {
    assertThat(DiffMarkup.markdown(WordDiff.of("a *b* <c>", "a *b* <c>")))
        .isEqualTo("a \\*b\\* &lt;c&gt;");
    assertThat(DiffMarkup.proseMarkdown("item `Q_1` *x*")).isEqualTo("item `Q_1` \\*x\\*");
    assertThat(DiffMarkup.proseHtml("item `<Q>` & co"))
        .isEqualTo("item <code>&lt;Q&gt;</code> &amp; co");
  }
}
