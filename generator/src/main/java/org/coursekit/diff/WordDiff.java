package org.coursekit.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts, as a reviewer reads it: unchanged runs, deleted runs and
 * inserted runs. Words, spaces and punctuation are compared as separate tokens, so a changed word
 * is marked alone, not its whole line; a space between two changes joins them into one run.
 */
public record WordDiff(List<Segment> segments) {

  /** How a run of text fares. */
  public enum Kind {
    EQUAL,
    DELETED,
    INSERTED
  }

  /** One run of text. */
  public record Segment(Kind kind, String text) {}

  private static final Pattern TOKEN =
      Pattern.compile("\\s+|[\\p{L}\\p{N}_'’-]+|.", Pattern.DOTALL);

  public WordDiff {
    segments = List.copyOf(segments);
  }

  /** The word-level changes from {@code before} to {@code after} (null reads as empty). */
  public static WordDiff of(String before, String after) {
    List<String> old = tokens(before);
    List<String> now = tokens(after);
    Runs runs = new Runs();
    int next = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
      int start = delta.getSource().getPosition();
      old.subList(next, start).forEach(token -> runs.add(Kind.EQUAL, token));
      if (delta.getType() != DeltaType.INSERT) {
        delta.getSource().getLines().forEach(token -> runs.add(Kind.DELETED, token));
      }
      if (delta.getType() != DeltaType.DELETE) {
        delta.getTarget().getLines().forEach(token -> runs.add(Kind.INSERTED, token));
      }
      next = start + delta.getSource().size();
    }
    old.subList(next, old.size()).forEach(token -> runs.add(Kind.EQUAL, token));
    return new WordDiff(runs.finish());
  }

  /** True when the texts differ. */
  public boolean changed() {
    return segments.stream().anyMatch(s -> s.kind() != Kind.EQUAL);
  }

  /**
   * The share of words the two texts have in common, from 0 (none) to 1 (the same words): twice the
   * unchanged words over the words of both texts. Spaces and punctuation do not count.
   */
  public double similarity() {
    int equal = 0;
    int total = 0;
    for (Segment segment : segments) {
      int words = words(segment.text());
      total += segment.kind() == Kind.EQUAL ? 2 * words : words;
      equal += segment.kind() == Kind.EQUAL ? 2 * words : 0;
    }
    return total == 0 ? 1.0 : (double) equal / total;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static int words(String text) {
    int count = 0;
    for (String token : tokens(text)) {
      if (Character.isLetterOrDigit(token.codePointAt(0))) {
        count++;
      }
    }
    return count;
  }

  /**
   * Collects tokens into runs: deletions and insertions between two unchanged runs come out as one
   * deleted run followed by one inserted run, and a blank between two changes joins them.
   */
  private static final class Runs {
    private final List<Segment> done = new ArrayList<>();
    private final StringBuilder equal = new StringBuilder();
    private final StringBuilder deleted = new StringBuilder();
    private final StringBuilder inserted = new StringBuilder();
    private String heldBlank = "";

    void add(Kind kind, String token) {
      if (kind == Kind.EQUAL) {
        if (pendingChange() && token.isBlank() && heldBlank.isEmpty()) {
          heldBlank = token; // joins the changes on either side, if another one follows
          return;
        }
        flushChange();
        equal.append(heldBlank).append(token);
        heldBlank = "";
        return;
      }
      if (equal.length() > 0) {
        done.add(new Segment(Kind.EQUAL, equal.toString()));
        equal.setLength(0);
      }
      if (!heldBlank.isEmpty()) {
        deleted.append(deleted.length() > 0 ? heldBlank : "");
        inserted.append(inserted.length() > 0 ? heldBlank : "");
        heldBlank = "";
      }
      (kind == Kind.DELETED ? deleted : inserted).append(token);
    }

    private boolean pendingChange() {
      return deleted.length() > 0 || inserted.length() > 0;
    }

    private void flushChange() {
      // A space before a pure insertion or deletion belongs to the unchanged text before it.
      StringBuilder alone =
          deleted.length() == 0 ? inserted : inserted.length() == 0 ? deleted : null;
      if (alone != null && alone.length() > 0 && Character.isWhitespace(alone.charAt(0))) {
        int end = 0;
        while (end < alone.length() && Character.isWhitespace(alone.charAt(end))) {
          end++;
        }
        String blank = alone.substring(0, end);
        alone.delete(0, end);
        int last = done.size() - 1;
        if (last >= 0 && done.get(last).kind() == Kind.EQUAL) {
          done.set(last, new Segment(Kind.EQUAL, done.get(last).text() + blank));
        } else {
          done.add(new Segment(Kind.EQUAL, blank));
        }
      }
      if (deleted.length() > 0) {
        done.add(new Segment(Kind.DELETED, deleted.toString()));
        deleted.setLength(0);
      }
      if (inserted.length() > 0) {
        done.add(new Segment(Kind.INSERTED, inserted.toString()));
        inserted.setLength(0);
      }
    }

    List<Segment> finish() {
      flushChange();
      equal.append(heldBlank);
      if (equal.length() > 0) {
        done.add(new Segment(Kind.EQUAL, equal.toString()));
      }
      return done;
    }
  }
}
