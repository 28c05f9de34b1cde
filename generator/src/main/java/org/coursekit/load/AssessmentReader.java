package org.coursekit.load;

import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coursekit.diag.Finding;
import org.coursekit.model.Assessment;
import org.coursekit.model.Ref;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlScalar;

/** Reads one summative form or pool, {@code assessments/<id>.yml}. */
final class AssessmentReader {

  private final ModelFields model;
  private final YamlFields fields;

  AssessmentReader(ModelFields model) {
    this.model = model;
    this.fields = model.fields();
  }

  /**
   * The assessment in {@code root}; without an {@code id} (reported) it is known by its file name.
   */
  Assessment read(YamlMap root, CourseFile file) {
    fields.checkKeys(root, FormatKeys.ASSESSMENT);
    String id = fields.requiredText(root, "id", "This assessment", file.stem());
    return new Assessment(
        Objects.requireNonNullElse(id, file.stem()),
        file.name(),
        Objects.requireNonNullElse(fields.text(root, "use", "summative"), "summative"),
        delivery(root),
        pool(root),
        blueprint(root),
        fields.text(root, "passing_standard_ref", "program.completion.passing_standard"),
        root.at(),
        root);
  }

  /** Always present: an assessment without {@code delivery} is delivered online. */
  private Assessment.Delivery delivery(YamlMap root) {
    return fields
        .map(root, "delivery", FormatKeys.DELIVERY, "{ time_limit_minutes: 60, randomize: true }")
        .map(
            delivery ->
                new Assessment.Delivery(
                    fields.wholeNumber(
                        delivery, "time_limit_minutes", "a whole number of minutes", "60"),
                    fields.bool(delivery, "randomize"),
                    Objects.requireNonNullElse(
                        fields.text(delivery, "mode", "in-person"), "online")))
        .orElseGet(() -> new Assessment.Delivery(null, null, "online"));
  }

  private Assessment.Pool pool(YamlMap root) {
    return fields
        .map(root, "pool", FormatKeys.POOL, "{ include: [\"items/secure/**\"], draw: 20 }")
        .map(
            pool ->
                new Assessment.Pool(
                    globs(pool), fields.wholeNumber(pool, "draw", "a whole number of items", "20")))
        .orElse(null);
  }

  /** The {@code include} globs; one that is not a valid glob is reported and left out. */
  private List<String> globs(YamlMap pool) {
    List<String> globs = new ArrayList<>();
    for (YamlScalar glob : fields.textItems(pool, "include", "[\"items/secure/**\"]")) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob.text());
        globs.add(glob.text());
      } catch (IllegalArgumentException invalid) {
        fields.report(
            Finding.error(
                "FMT-003",
                glob.at(),
                "`"
                    + glob.text()
                    + "` is not a valid file pattern ("
                    + invalid.getMessage().lines().findFirst().orElse("")
                    + "), so it matches no item. Write a glob such as `items/secure/**` or"
                    + " `items/secure/Q-M01-*.yml`."));
      }
    }
    return globs;
  }

  /** Rows without an objective are reported and left out: they cannot be checked. */
  private List<Assessment.BlueprintRow> blueprint(YamlMap root) {
    String example = "[{ objective: LO-M01-1, weight: 20, min_items: 2 }]";
    List<Assessment.BlueprintRow> rows = new ArrayList<>();
    for (YamlMap row : fields.mapList(root, "blueprint", FormatKeys.BLUEPRINT_ROW, example)) {
      String objective = fields.requiredText(row, "objective", "This blueprint entry", "LO-M01-1");
      var weight = fields.number(row, "weight", "20");
      Integer minItems = fields.wholeNumber(row, "min_items", "a whole number of items", "2");
      if (objective != null) {
        rows.add(
            new Assessment.BlueprintRow(
                new Ref(objective, row.positionOf("objective")), weight, minItems, row.at()));
      }
    }
    return rows;
  }
}
