package org.coursekit.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Copies a composed SnakeYAML node graph into the immutable {@link YamlNode} tree. One instance per
 * text: it counts the values it creates, because aliases ({@code *name}) can make a small text
 * expand into an enormous (or endless) tree.
 */
final class NodeConverter {

  /** Deeper than any course file needs; also stops self-referencing aliases. */
  static final int MAX_DEPTH = YamlReader.MAX_NESTING_DEPTH;

  private final YamlPositions positions;
  private final List<Finding> findings;
  private final int maxValues;
  private int values;

  /**
   * @param maxValues how many values the tree may hold; a text without aliases never has more
   *     values than characters, so callers pass the text length plus a margin
   */
  NodeConverter(YamlPositions positions, List<Finding> findings, int maxValues) {
    this.positions = positions;
    this.findings = findings;
    this.maxValues = maxValues;
  }

  Optional<YamlNode> convert(Node root) {
    try {
      return Optional.of(node(root, 0));
    } catch (TooLarge e) {
      findings.add(
          Finding.error(
              "FMT-002",
              positions.start(),
              "The anchors and aliases (`&name`, `*name`) in this YAML "
                  + e.getMessage()
                  + ". Write the repeated values out instead of using aliases."));
      return Optional.empty();
    }
  }

  private YamlNode node(Node node, int depth) {
    if (++values > maxValues) {
      throw new TooLarge("expand to more values than CourseKit reads from one file");
    }
    if (depth > MAX_DEPTH) {
      throw new TooLarge(
          "nest more than " + MAX_DEPTH + " levels deep (perhaps an alias refers to itself)");
    }
    SourceRef at = positions.of(node.getStartMark());
    if (node instanceof ScalarNode scalar) {
      return new YamlScalar(scalar.getValue(), typeOf(scalar.getTag()), at);
    }
    if (node instanceof SequenceNode sequence) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(node(item, depth + 1));
      }
      return new YamlList(items, at);
    }
    MappingNode mapping = (MappingNode) node;
    List<YamlMap.Entry> entries = new ArrayList<>();
    Map<String, SourceRef> firstSeen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      SourceRef keyAt = positions.of(keyNode.getStartMark());
      Optional<String> key = textKey(keyNode, keyAt);
      if (key.isEmpty()) {
        continue;
      }
      SourceRef earlier = firstSeen.putIfAbsent(key.get(), keyAt);
      if (earlier != null) {
        findings.add(
            Finding.error(
                "FMT-002",
                keyAt,
                "The key `"
                    + key.get()
                    + "` appears twice in the same mapping (first on line "
                    + earlier.line()
                    + "). Keep one of them; CourseKit uses the first."));
        continue;
      }
      entries.add(new YamlMap.Entry(key.get(), keyAt, node(tuple.getValueNode(), depth + 1)));
    }
    return new YamlMap(entries, at);
  }

  /** Keys must be text; anything else is reported and its entry dropped. */
  private Optional<String> textKey(Node keyNode, SourceRef keyAt) {
    if (keyNode instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
      return Optional.of(scalar.getValue());
    }
    String message;
    if (keyNode instanceof ScalarNode scalar) {
      YamlScalar.Type type = typeOf(scalar.getTag());
      message =
          "The key `"
              + scalar.getValue()
              + "` is read as "
              + type.noun()
              + ", but keys must be text. Put it in quotes, e.g. `\""
              + scalar.getValue()
              + "\": ...`, or use a different name.";
    } else {
      message =
          "A key must be a single name such as `title`, not a list or a mapping. Check the"
              + " indentation and the brackets on this line.";
    }
    findings.add(Finding.error("FMT-003", keyAt, message));
    return Optional.empty();
  }

  /** Maps SnakeYAML's resolved tag; explicit or unknown tags are treated as text. */
  static YamlScalar.Type typeOf(Tag tag) {
    if (Tag.INT.equals(tag)) {
      return YamlScalar.Type.INTEGER;
    }
    if (Tag.FLOAT.equals(tag)) {
      return YamlScalar.Type.DECIMAL;
    }
    if (Tag.BOOL.equals(tag)) {
      return YamlScalar.Type.BOOLEAN;
    }
    if (Tag.NULL.equals(tag)) {
      return YamlScalar.Type.NULL;
    }
    if (Tag.TIMESTAMP.equals(tag)) {
      return YamlScalar.Type.DATE;
    }
    return YamlScalar.Type.STRING;
  }

  /** Stops the conversion; its message completes the one finding it becomes. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String reason) {
      super(reason, null, false, false);
    }
  }
}
