package org.coursekit.yaml;

import java.util.List;
import java.util.Objects;
import org.coursekit.diag.SourceRef;

/** A YAML sequence, in source order. */
public record YamlList(List<YamlNode> items, SourceRef at) implements YamlNode {

  public YamlList {
    items = List.copyOf(items);
    Objects.requireNonNull(at, "at");
  }

  @Override
  public String kindName() {
    return "a list";
  }
}
