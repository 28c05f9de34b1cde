package org.coursekit.rules.builtin;

import java.util.Optional;
import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlList;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;

/**
 * Positions of nested values, for findings about values that may be missing: a finding points at
 * the value when it is there, else at the mapping the missing key belongs in.
 */
final class YamlPaths {

  private YamlPaths() {}

  /** The mapping under {@code key}, if there is one. */
  static Optional<YamlMap> map(YamlMap parent, String key) {
    return parent.get(key).filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
  }

  /**
   * Where the value at {@code dottedPath} (e.g. {@code completion.attempts.max}) is written, or the
   * deepest mapping on that path that exists.
   */
  static SourceRef at(YamlMap root, String dottedPath) {
    YamlMap current = root;
    String[] keys = dottedPath.split("\\.");
    for (int i = 0; i < keys.length - 1; i++) {
      Optional<YamlMap> next = map(current, keys[i]);
      if (next.isEmpty()) {
        return current.positionOf(keys[i]);
      }
      current = next.get();
    }
    return current.positionOf(keys[keys.length - 1]);
  }

  /** Where entry {@code index} of the list under {@code key} is written, or the key's value. */
  static SourceRef entryAt(YamlMap parent, String key, int index) {
    Optional<YamlNode> value = parent.get(key);
    if (value.isPresent()
        && value.get() instanceof YamlList list
        && index >= 0
        && index < list.items().size()) {
      return list.items().get(index).at();
    }
    return parent.positionOf(key);
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
