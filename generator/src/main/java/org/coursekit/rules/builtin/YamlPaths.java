package org.coursekit.rules.builtin;

import java.util.Optional;
import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlList;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;
import org.coursekit.yaml.YamlScalar;

/**
 * Nested values and their positions. For findings about values that may be missing, a finding
 * points at the value when it is there, else at the mapping the missing key belongs in.
 */
final class YamlPaths {

  private YamlPaths() {}

  /** The mapping under {@code key}, if there is one. */
  static Optional<YamlMap> map(YamlMap parent, String key) {
    return parent.get(key).filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
  }

  /** The value under {@code path} (keys), if every step is a mapping that has the key. */
  static Optional<YamlNode> get(YamlMap map, String... path) {
    YamlNode current = map;
    for (String key : path) {
      if (!(current instanceof YamlMap step) || !step.has(key)) {
        return Optional.empty();
      }
      current = step.get(key).orElseThrow();
    }
    return Optional.of(current);
  }

  /** The text of the scalar under {@code path}, or null when absent, empty or not a scalar. */
  static String text(YamlMap map, String... path) {
    return get(map, path)
        .filter(node -> node instanceof YamlScalar scalar && !scalar.isNull())
        .map(node -> ((YamlScalar) node).text())
        .orElse(null);
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
