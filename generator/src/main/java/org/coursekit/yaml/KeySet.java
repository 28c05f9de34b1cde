package org.coursekit.yaml;

import java.util.List;
import java.util.Objects;

/**
 * The keys a YAML mapping may hold, for FMT-004 "unknown key" findings.
 *
 * @param where how messages name the mapping, e.g. {@code "a module's front matter"}
 * @param keys the allowed keys, in the order the format documents them
 * @param open true for mappings whose keys are names the author chooses (policies, rule ids): any
 *     key is accepted, and only a near miss of one of {@code keys} is reported as a likely typo
 */
public record KeySet(String where, List<String> keys, boolean open) {

  public KeySet {
    Objects.requireNonNull(where, "where");
    keys = List.copyOf(keys);
  }

  /** A mapping that accepts exactly {@code keys}. */
  public static KeySet of(String where, String... keys) {
    return new KeySet(where, List.of(keys), false);
  }

  /** A mapping that accepts any key; {@code usualKeys} only feed "did you mean" hints. */
  public static KeySet openWith(String where, String... usualKeys) {
    return new KeySet(where, List.of(usualKeys), true);
  }

  public boolean allows(String key) {
    return open || keys.contains(key);
  }
}
