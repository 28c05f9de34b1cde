package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Identifiers come from the program id alone and are always valid where they are written. */
class PackageIdsTest {

  @Test
  void scormIdentifiersArePrefixedProgramIds() {
    assertThat(PackageIds.manifest("cgt-product-handling")).isEqualTo("cgt-product-handling");
    assertThat(PackageIds.organization("cgt-product-handling"))
        .isEqualTo("ORG-cgt-product-handling");
    assertThat(PackageIds.item("cgt-product-handling")).isEqualTo("ITEM-cgt-product-handling");
    assertThat(PackageIds.resource("cgt-product-handling")).isEqualTo("RES-cgt-product-handling");
  }

  @Test
  void idsThatAreNotXmlNamesAreMadeValidTheSameWayEveryTime() {
    assertThat(PackageIds.manifest("101 basics")).isEqualTo("_101_basics");
    assertThat(PackageIds.manifest("-dash")).isEqualTo("_-dash");
    assertThat(PackageIds.item("café:1")).isEqualTo("ITEM-caf__1");
  }

  @Test
  void cmi5IrisAreUrnsOfTheIds() {
    assertThat(PackageIds.courseIri("cgt-product-handling"))
        .isEqualTo("urn:coursekit:cgt-product-handling");
    assertThat(PackageIds.auIri("cgt-product-handling"))
        .isEqualTo("urn:coursekit:cgt-product-handling:au");
    assertThat(PackageIds.objectiveIri("cgt-product-handling", "LO 1/ä"))
        .isEqualTo("urn:coursekit:cgt-product-handling:objective:LO%201%2F%C3%A4");
  }
}
