package org.coursekit.load;

import java.util.List;
import java.util.Optional;
import org.coursekit.model.Ref;
import org.coursekit.model.Reference;
import org.coursekit.model.Review;
import org.coursekit.model.Suppression;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlScalar;

/**
 * Reading of the values several file types share: id references, review records and cited
 * references. One instance per file, over that file's {@link YamlFields}.
 */
final class ModelFields {

  private final YamlFields fields;

  ModelFields(YamlFields fields) {
    this.fields = fields;
  }

  YamlFields fields() {
    return fields;
  }

  /** The ids listed under {@code key}, each with the position it was written at. */
  List<Ref> refs(YamlMap map, String key, String example) {
    return fields.textItems(map, key, example).stream().map(ModelFields::ref).toList();
  }

  /** The single id under {@code key}, or null. */
  Ref ref(YamlMap map, String key, String example) {
    String id = fields.text(map, key, example);
    return id == null ? null : new Ref(id, map.positionOf(key));
  }

  static Ref ref(YamlScalar scalar) {
    return new Ref(scalar.text(), scalar.at());
  }

  /** The {@code review} mapping of a program, module or item, or null when there is none. */
  Review review(YamlMap owner) {
    Optional<YamlMap> review =
        fields.map(
            owner,
            "review",
            FormatKeys.REVIEW,
            "{ reviewers: [sme-chen], reviewed_on: "
                + YamlFields.DATE_EXAMPLE
                + ", decision: approved }");
    return review
        .map(
            map ->
                new Review(
                    refs(map, "reviewers", "[sme-chen]"),
                    fields.date(map, "reviewed_on"),
                    fields.text(map, "decision", "approved"),
                    fields.text(map, "status", "approved"),
                    fields.date(map, "next_review_due"),
                    fields.wholeNumber(map, "cycle_months", "a whole number of months", "12"),
                    map.at()))
        .orElse(null);
  }

  /** The {@code references} list of a module. */
  List<Reference> references(YamlMap owner) {
    return fields
        .mapList(
            owner,
            "references",
            FormatKeys.REFERENCE,
            "[{ citation: \"FACT-JACIE International Standards, 8th ed.\", year: 2021, url:"
                + " https://example.org/fact }]")
        .stream()
        .map(
            map ->
                new Reference(
                    fields.text(map, "citation", "\"FACT-JACIE International Standards\""),
                    fields.wholeNumber(map, "year", "a year", "2021"),
                    fields.text(map, "url", "https://example.org/fact"),
                    fields.text(map, "doi", "10.1016/j.jcyt.2021.01.001"),
                    fields.text(map, "version", "\"8th ed.\""),
                    map.at()))
        .toList();
  }

  /** The {@code lint.ignore} entries of a module. */
  List<Suppression> suppressions(YamlMap owner) {
    String example =
        "{ ignore: [{ rule: LO-003, reason: \"'verify' is an Evaluate verb here\" }] }";
    return fields.map(owner, "lint", FormatKeys.LINT, example).stream()
        .flatMap(
            lint ->
                fields
                    .mapList(
                        lint,
                        "ignore",
                        FormatKeys.SUPPRESSION,
                        "[{ rule: LO-003, reason: \"'verify' is an Evaluate verb here\" }]")
                    .stream())
        .map(
            entry ->
                new Suppression(
                    fields.requiredText(entry, "rule", "This `lint.ignore` entry", "LO-003"),
                    fields.text(entry, "reason", "\"'verify' is an Evaluate verb here\""),
                    entry.at()))
        .filter(suppression -> suppression.rule() != null)
        .toList();
  }
}
