package org.coursekit.load;

import java.util.ArrayList;
import java.util.List;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlList;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;

/** The mapping entries of a file whose top level is a list (people.yml, glossary.yml). */
final class RootLists {

  private RootLists() {}

  /**
   * The mappings of {@code root}; a top level that is not a list, and entries that are not
   * mappings, are reported as FMT-003.
   *
   * @param expected the top level in words, e.g. {@code "a list of people"}
   * @param exampleLine one correct entry, e.g. {@code "- { id: sme-chen, name: Dr. L. Chen }"}
   */
  static List<YamlMap> entries(
      YamlNode root, String file, String expected, String exampleLine, YamlFields fields) {
    if (!(root instanceof YamlList list)) {
      fields.wrongType(root, file, expected, exampleLine);
      return List.of();
    }
    List<YamlMap> maps = new ArrayList<>();
    for (YamlNode item : list.items()) {
      if (item instanceof YamlMap map) {
        maps.add(map);
      } else {
        fields.wrongType(item, "Each entry of " + file, "a mapping", exampleLine);
      }
    }
    return maps;
  }
}
