package org.coursekit.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a course source: the file relative to the course folder (always with {@code /}
 * separators) and a 1-based line and column.
 */
public record SourceRef(String file, int line, int column) implements Comparable<SourceRef> {

  private static final Comparator<SourceRef> ORDER =
      Comparator.comparing(SourceRef::file)
          .thenComparingInt(SourceRef::line)
          .thenComparingInt(SourceRef::column);

  public SourceRef {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for problems that concern the file as a whole. */
  public static SourceRef startOf(String file) {
    return new SourceRef(file, 1, 1);
  }

  /** The same file and column, {@code lines} further down (front matter and quiz blocks). */
  public SourceRef shiftedDown(int lines) {
    return new SourceRef(file, line + lines, column);
  }

  @Override
  public int compareTo(SourceRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
