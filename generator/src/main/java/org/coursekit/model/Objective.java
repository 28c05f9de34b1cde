package org.coursekit.model;

import java.util.List;
import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlMap;

/** A module learning objective, with the program outcomes it supports. */
public record Objective(
    String id,
    String text,
    String bloomLevel,
    List<Ref> supports,
    String condition,
    String criterion,
    String domain,
    boolean performance,
    SourceRef at,
    YamlMap source) {
  public Objective {
    supports = List.copyOf(supports);
  }
}
