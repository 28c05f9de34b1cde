package org.coursekit.load;

import java.util.ArrayList;
import java.util.List;
import org.coursekit.model.GlossaryEntry;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;

/** Reads {@code glossary.yml}: a list of terms with their definitions. */
final class GlossaryReader {

  private static final String EXAMPLE =
      "- { term: Chain of identity, abbreviation: COI, definition: The unbroken link ... }";

  private final YamlFields fields;

  GlossaryReader(YamlFields fields) {
    this.fields = fields;
  }

  /** The entries of {@code root}; one without a term or definition is reported and left out. */
  List<GlossaryEntry> read(YamlNode root) {
    List<GlossaryEntry> glossary = new ArrayList<>();
    for (YamlMap map :
        RootLists.entries(root, "glossary.yml", "a list of terms", EXAMPLE, fields)) {
      fields.checkKeys(map, FormatKeys.GLOSSARY_ENTRY);
      String term = fields.requiredText(map, "term", "This glossary entry", "Chain of identity");
      String abbreviation = fields.text(map, "abbreviation", "COI");
      String definition =
          fields.requiredText(
              map,
              "definition",
              "This glossary entry",
              "The unbroken link between a patient and the cell product made for that patient.");
      if (term != null && definition != null) {
        glossary.add(new GlossaryEntry(term, abbreviation, definition, map.at()));
      }
    }
    return glossary;
  }
}
