package org.coursekit.yaml;

import org.coursekit.diag.SourceRef;

/**
 * An immutable YAML value that remembers where it was written. Built from SnakeYAML's composed
 * nodes so that every later stage can point an author at the exact line and column.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

  /** Where the value starts in its file (1-based). */
  SourceRef at();

  /** A short noun for messages: "a mapping", "a list", "a text", "a number"… */
  String kindName();
}
