package org.coursekit.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coursekit.diag.SourceRef;

/** A YAML mapping with text keys, in source order. Duplicate keys are rejected when reading. */
public record YamlMap(List<Entry> entries, SourceRef at) implements YamlNode {

  /** One {@code key: value} pair; {@code keyAt} is where the key itself is written. */
  public record Entry(String key, SourceRef keyAt, YamlNode value) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(keyAt, "keyAt");
      Objects.requireNonNull(value, "value");
    }
  }

  public YamlMap {
    entries = List.copyOf(entries);
    Objects.requireNonNull(at, "at");
  }

  public Optional<Entry> entry(String key) {
    // A plain loop: looked up for every field of thousands of files, and mappings are short.
    for (Entry entry : entries) {
      if (entry.key().equals(key)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** The value under {@code key}, if the key is present (its value may still be a YAML null). */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  public boolean has(String key) {
    return entry(key).isPresent();
  }

  /** Where to point an author for {@code key}: its value if present, else this mapping. */
  public SourceRef positionOf(String key) {
    return get(key).map(YamlNode::at).orElse(at);
  }

  public List<String> keys() {
    return entries.stream().map(Entry::key).toList();
  }

  @Override
  public String kindName() {
    return "a mapping";
  }
}
