package org.coursekit.rules.builtin;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.coursekit.yaml.YamlList;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;
import org.coursekit.yaml.YamlScalar;

/**
 * Values of YAML trees compared as an author means them: positions, key order and the spelling of
 * numbers ({@code 80} and {@code 80.0}) do not matter. Finding values in a tree is {@link
 * YamlPaths}'s job.
 */
final class YamlValues {

  private YamlValues() {}

  /** True when both are absent or hold the same value. */
  static boolean same(YamlNode a, YamlNode b) {
    return canonical(a).equals(canonical(b));
  }

  /** {@code map} without {@code keys}, for comparing the rest. */
  static YamlMap without(YamlMap map, Set<String> keys) {
    return new YamlMap(
        map.entries().stream().filter(e -> !keys.contains(e.key())).toList(), map.at());
  }

  /**
   * A text that two values share exactly when they are the same: mappings with sorted keys, numbers
   * without trailing zeros, texts prefixed with their length so no text can imitate the structure
   * around it.
   */
  static String canonical(YamlNode node) {
    if (node == null) {
      return "~";
    }
    if (node instanceof YamlMap map) {
      return map.entries().stream()
          .sorted(Comparator.comparing(YamlMap.Entry::key))
          .map(e -> e.key().length() + ":" + e.key() + "=" + canonical(e.value()))
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (node instanceof YamlList list) {
      return list.items().stream()
          .map(YamlValues::canonical)
          .collect(Collectors.joining(",", "[", "]"));
    }
    YamlScalar scalar = (YamlScalar) node;
    return switch (scalar.type()) {
      case NULL -> "~";
      case INTEGER, DECIMAL -> "n" + number(scalar.text());
      case BOOLEAN -> "b" + scalar.text().toLowerCase(Locale.ROOT);
      default -> "s" + scalar.text().length() + ":" + scalar.text();
    };
  }

  private static String number(String text) {
    try {
      // Scientific notation, not toPlainString: 1e999999999 must not become a billion digits.
      return new BigDecimal(text.replace("_", "")).stripTrailingZeros().toString();
    } catch (NumberFormatException notDecimal) {
      return text; // hexadecimal or sexagesimal YAML 1.1 numbers: compare as written
    }
  }
}
