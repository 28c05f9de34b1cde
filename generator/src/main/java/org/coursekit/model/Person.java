package org.coursekit.model;

import java.time.LocalDate;
import java.util.List;
import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlMap;

/** One person on the roster ({@code people.yml}). */
public record Person(
    String id,
    String name,
    List<String> roles,
    List<String> qualifications,
    ConflictOfInterest coi,
    SourceRef at,
    YamlMap source) {

  /** A conflict-of-interest disclosure; {@code null} fields were not given. */
  public record ConflictOfInterest(
      LocalDate disclosedOn, List<String> relevant, String mitigation) {
    public ConflictOfInterest {
      relevant = List.copyOf(relevant);
    }
  }

  public Person {
    roles = List.copyOf(roles);
    qualifications = List.copyOf(qualifications);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
