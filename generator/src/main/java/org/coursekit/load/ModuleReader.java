package org.coursekit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Objective;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;
import org.coursekit.yaml.YamlReadResult;
import org.coursekit.yaml.YamlReader;

/**
 * Reads one module file, {@code modules/<id>.md}: front matter and body. A module whose front
 * matter is missing or unreadable (reported) is still returned, known by its file name, so its body
 * is checked and the course keeps all its modules.
 */
final class ModuleReader {

  private final ModuleBodyScanner bodyScanner;

  ModuleReader(ModuleBodyScanner bodyScanner) {
    this.bodyScanner = bodyScanner;
  }

  CourseModule read(CourseFile file, String text, Consumer<Finding> report) {
    FrontMatter split = FrontMatter.split(text, file.name(), report);
    Optional<YamlMap> frontMatter = split.yaml().flatMap(yaml -> frontMatter(yaml, file, report));
    ModelFields model = new ModelFields(new YamlFields(report));
    YamlMap source =
        frontMatter.orElseGet(() -> new YamlMap(List.of(), SourceRef.startOf(file.name())));
    ModuleBody body = bodyScanner.scan(split.body(), split.bodyLine(), file, report);
    return new FrontMatterFields(model, source, frontMatter.isPresent(), report)
        .module(file, split.body(), split.bodyLine(), body);
  }

  /** The front matter as a mapping, or empty when it is not one (reported). */
  private static Optional<YamlMap> frontMatter(
      String yaml, CourseFile file, Consumer<Finding> report) {
    YamlReadResult result = YamlReader.read(yaml, file.name(), FrontMatter.YAML_LINE_OFFSET);
    result.findings().forEach(report);
    if (result.root().isEmpty()) {
      // An empty front matter is read as an empty mapping, so the missing id is reported.
      return result.findings().isEmpty()
          ? Optional.of(new YamlMap(List.of(), SourceRef.startOf(file.name())))
          : Optional.empty();
    }
    YamlNode root = result.root().get();
    if (root instanceof YamlMap map) {
      return Optional.of(map);
    }
    new YamlFields(report).wrongType(root, "The front matter", "a mapping", "id: " + file.stem());
    return Optional.empty();
  }

  /** The front-matter fields of one module. */
  private static final class FrontMatterFields {
    private final ModelFields model;
    private final YamlFields fields;
    private final YamlMap map;
    private final boolean readable;
    private final Consumer<Finding> report;

    FrontMatterFields(ModelFields model, YamlMap map, boolean readable, Consumer<Finding> report) {
      this.model = model;
      this.fields = model.fields();
      this.map = map;
      this.readable = readable;
      this.report = report;
    }

    CourseModule module(CourseFile file, String body, int bodyLine, ModuleBody scanned) {
      if (readable) {
        fields.checkKeys(map, FormatKeys.MODULE);
        // Read for its type check only: the rules take `counted` from the source mapping.
        fields.bool(map, "counted");
      }
      return new CourseModule(
          id(file),
          file.name(),
          fields.text(map, "title", "Receiving a Cryopreserved Cell Product"),
          fields.text(map, "version", "1.4.0"),
          fields.wholeNumber(map, "duration_minutes", "a whole number of minutes", "90"),
          model.refs(map, "prerequisites", "[m01-receipt]"),
          objectives(),
          model.refs(map, "authors", "[author-rivera]"),
          model.review(map),
          model.references(map),
          fields.bool(map, "ai_assisted"),
          model.suppressions(map),
          body,
          bodyLine,
          scanned.sections(),
          scanned.quizzes(),
          scanned.images(),
          scanned.markup(),
          SourceRef.startOf(file.name()),
          map);
    }

    /** The declared id, which must match the file name; the file name when there is none. */
    private String id(CourseFile file) {
      if (!readable) {
        return file.stem();
      }
      String id = fields.requiredText(map, "id", "This module's front matter", file.stem());
      if (id != null && !id.equals(file.stem())) {
        report.accept(
            Finding.error(
                "FMT-003",
                map.positionOf("id"),
                "The module id `"
                    + id
                    + "` does not match the file name `"
                    + file.stem()
                    + ".md`. Rename the file to `"
                    + id
                    + ".md` or change the id to `"
                    + file.stem()
                    + "`."));
      }
      return Objects.requireNonNullElse(id, file.stem());
    }

    private List<Objective> objectives() {
      String example =
          "[{ id: LO-M01-1, text: Verify the labels against the order, bloom_level: evaluate,"
              + " supports: [PO-1] }]";
      List<Objective> objectives = new ArrayList<>();
      for (YamlMap objective : fields.mapList(map, "objectives", FormatKeys.OBJECTIVE, example)) {
        String id = fields.requiredText(objective, "id", "This objective", "LO-M01-1");
        Objective read =
            new Objective(
                id,
                fields.text(objective, "text", "Verify the chain-of-identity labels"),
                fields.text(objective, "bloom_level", "evaluate"),
                model.refs(objective, "supports", "[PO-1]"),
                fields.text(objective, "condition", "Given a dry shipper and the order record"),
                fields.text(objective, "criterion", "With zero label mismatches accepted"),
                Objects.requireNonNullElse(
                    fields.text(objective, "domain", "psychomotor"), "cognitive"),
                Boolean.TRUE.equals(fields.bool(objective, "performance")),
                objective.at(),
                objective);
        if (id != null) {
          objectives.add(read);
        }
      }
      return objectives;
    }
  }
}
