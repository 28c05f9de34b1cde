package org.coursekit.yaml;

import java.util.Objects;
import org.coursekit.diag.SourceRef;

/**
 * A scalar with the type YAML resolved for it (a quoted {@code "12"} stays a string, a plain {@code
 * 12} is an integer), its text as written, and its position.
 */
public record YamlScalar(String text, Type type, SourceRef at) implements YamlNode {

  /** The YAML 1.1 core types SnakeYAML resolves plain scalars to. */
  public enum Type {
    STRING("a text"),
    INTEGER("a whole number"),
    DECIMAL("a number"),
    BOOLEAN("true or false"),
    NULL("empty"),
    DATE("a date");

    private final String noun;

    Type(String noun) {
      this.noun = noun;
    }

    public String noun() {
      return noun;
    }
  }

  public YamlScalar {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
  }

  public boolean isNull() {
    return type == Type.NULL;
  }

  @Override
  public String kindName() {
    return type.noun();
  }
}
