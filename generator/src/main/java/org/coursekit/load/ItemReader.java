package org.coursekit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coursekit.model.Item;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;

/** Reads one assessment item, from a file under {@code items/} or from a {@code ```quiz} block. */
final class ItemReader {

  private final ModelFields model;
  private final YamlFields fields;

  ItemReader(ModelFields model) {
    this.model = model;
    this.fields = model.fields();
  }

  /**
   * The item in {@code map}, or empty when it has no id and none can be derived (reported).
   *
   * @param file where the item was written, relative to the course folder
   * @param secure true under {@code items/secure/}: such items default to {@code summative}
   * @param fileId the id implied by the file name, used when the item omits {@code id}; empty for
   *     quiz blocks, whose items must name themselves
   */
  Optional<Item> read(YamlMap map, String file, boolean secure, Optional<String> fileId) {
    fields.checkKeys(map, FormatKeys.ITEM);
    String id =
        fileId.isPresent() && !map.has("id")
            ? missingIdUsingFileName(map, fileId.get())
            : fields.requiredText(map, "id", "This item", "Q-M01-F1");
    String use = fields.text(map, "use", secure ? "summative" : "formative");
    Item item =
        new Item(
            id,
            file,
            secure,
            fields.text(map, "type", "single"),
            use != null ? use : (secure ? "summative" : "formative"),
            model.refs(map, "objectives", "[LO-M01-1]"),
            fields.text(map, "bloom_level", "evaluate"),
            fields.text(map, "stem", "\"Which label field must match the order record?\""),
            options(map),
            answer(map),
            fields.texts(map, "accept", "[\"chain of identity\", COI]"),
            pairs(map),
            rubric(map),
            fields.text(map, "rationale", "\"The identifier links product and patient.\""),
            fields.text(map, "feedback", "\"Check the label against the order record.\""),
            fields.number(map, "points", "1"),
            sourceReference(map),
            model.refs(map, "authors", "[author-rivera]"),
            model.review(map),
            fields.bool(map, "ai_assisted"),
            map.at(),
            map);
    return id == null ? Optional.empty() : Optional.of(item);
  }

  /** An item file without {@code id} is still reported, then known by its file name. */
  private String missingIdUsingFileName(YamlMap map, String fileId) {
    fields.requiredText(map, "id", "This item", fileId);
    return fileId;
  }

  private List<Item.Option> options(YamlMap map) {
    String example = "[{ text: The chain-of-identity identifier, correct: true }]";
    List<Item.Option> options = new ArrayList<>();
    for (YamlMap option : fields.mapList(map, "options", FormatKeys.OPTION, example)) {
      String text =
          fields.requiredText(option, "text", "This option", "The chain-of-identity identifier");
      boolean correct = Boolean.TRUE.equals(fields.bool(option, "correct"));
      String feedback =
          fields.text(option, "feedback", "\"Correct. It links the product to one patient.\"");
      if (text != null) {
        options.add(new Item.Option(text, correct, feedback, option.at()));
      }
    }
    return options;
  }

  private Item.NumericAnswer answer(YamlMap map) {
    return fields
        .map(map, "answer", FormatKeys.ANSWER, "{ value: 2.5, tolerance: 0.1 }")
        .map(
            answer ->
                new Item.NumericAnswer(
                    fields.number(answer, "value", "2.5"),
                    fields.number(answer, "tolerance", "0.1")))
        .orElse(null);
  }

  private List<Item.MatchPair> pairs(YamlMap map) {
    return fields
        .mapList(map, "pairs", FormatKeys.PAIR, "[{ left: COI, right: Chain of identity }]")
        .stream()
        .map(
            pair ->
                new Item.MatchPair(
                    fields.text(pair, "left", "COI"),
                    fields.text(pair, "right", "Chain of identity")))
        .toList();
  }

  private List<Item.RubricCriterion> rubric(YamlMap map) {
    String example =
        "[{ criterion: Labels checked before opening, points: 2, objective: LO-M01-1 }]";
    return fields.mapList(map, "rubric", FormatKeys.RUBRIC_CRITERION, example).stream()
        .map(
            row ->
                new Item.RubricCriterion(
                    fields.text(row, "criterion", "Labels checked before opening"),
                    fields.number(row, "points", "2"),
                    model.ref(row, "objective", "LO-M01-1")))
        .toList();
  }

  private String sourceReference(YamlMap map) {
    return fields
        .map(map, "source", FormatKeys.ITEM_SOURCE, "{ reference: \"SOP-123 rev 7, section 5.2\" }")
        .map(source -> fields.text(source, "reference", "\"SOP-123 rev 7, section 5.2\""))
        .orElse(null);
  }
}
