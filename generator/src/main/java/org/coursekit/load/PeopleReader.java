package org.coursekit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coursekit.model.Person;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;

/** Reads the roster, {@code people.yml}: a list of people. */
final class PeopleReader {

  private static final String EXAMPLE =
      "- { id: sme-chen, name: Dr. L. Chen, roles: [sme, reviewer] }";

  private final ModelFields model;
  private final YamlFields fields;

  PeopleReader(ModelFields model) {
    this.model = model;
    this.fields = model.fields();
  }

  /** The people in {@code root}; entries without an {@code id} are reported and left out. */
  List<Person> read(YamlNode root) {
    List<Person> people = new ArrayList<>();
    for (YamlMap map : RootLists.entries(root, "people.yml", "a list of people", EXAMPLE, fields)) {
      fields.checkKeys(map, FormatKeys.PERSON);
      String id = fields.requiredText(map, "id", "This person", "sme-chen");
      Person person =
          new Person(
              id,
              fields.text(map, "name", "Dr. L. Chen"),
              fields.texts(map, "roles", "[sme, reviewer]"),
              fields.texts(map, "qualifications", "[PhD cell biology]"),
              conflictOfInterest(map).orElse(null),
              map.at(),
              map);
      if (id != null) {
        people.add(person);
      }
    }
    return people;
  }

  private Optional<Person.ConflictOfInterest> conflictOfInterest(YamlMap person) {
    return fields
        .map(
            person,
            "coi",
            FormatKeys.CONFLICT_OF_INTEREST,
            "{ disclosed_on: 2025-01-15, relevant: [] }")
        .map(
            coi ->
                new Person.ConflictOfInterest(
                    fields.date(coi, "disclosed_on"),
                    fields.texts(coi, "relevant", "[\"Consultant, Example Bio (ended 2024)\"]"),
                    fields.text(coi, "mitigation", "\"Content reviewed by an unconflicted SME\"")));
  }
}
