package org.coursekit.model;

import java.math.BigDecimal;
import java.util.List;
import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlMap;

/** A summative form or pool ({@code assessments/<id>.yml}) with its blueprint. */
public record Assessment(
    String id,
    String file,
    String use,
    Delivery delivery,
    Pool pool,
    List<BlueprintRow> blueprint,
    String passingStandardRef,
    SourceRef at,
    YamlMap source) {

  /** How the form is delivered; {@code mode} is {@code online} unless set to {@code in-person}. */
  public record Delivery(Integer timeLimitMinutes, Boolean randomize, String mode) {
    public boolean inPerson() {
      return "in-person".equals(mode);
    }
  }

  /** Which items the form draws from (glob patterns relative to the course) and how many. */
  public record Pool(List<String> include, Integer draw) {
    public Pool {
      include = List.copyOf(include);
    }
  }

  /** One blueprint line: an objective or outcome, its weight in percent and a minimum count. */
  public record BlueprintRow(Ref objective, BigDecimal weight, Integer minItems, SourceRef at) {}

  public Assessment {
    blueprint = List.copyOf(blueprint);
  }
}
