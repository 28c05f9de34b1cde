package org.coursekit.yaml;

import org.coursekit.diag.SourceRef;
import org.yaml.snakeyaml.error.Mark;

/**
 * Turns SnakeYAML's 0-based marks into 1-based file positions. YAML embedded in a larger file
 * (front matter, a quiz block) starts {@code lineOffset} lines and {@code columnOffset} columns
 * into that file.
 */
record YamlPositions(String file, int lineOffset, int columnOffset) {

  SourceRef of(Mark mark) {
    if (mark == null) {
      return start();
    }
    return new SourceRef(
        file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1 + columnOffset);
  }

  /** The first line of the YAML text, for problems with the text as a whole. */
  SourceRef start() {
    return new SourceRef(file, 1 + lineOffset, 1 + columnOffset);
  }
}
