package org.coursekit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which texts the linker links a term in. The linker first rules terms out with a cheap case-folded
 * word check; these cases hold it to the term's own case-insensitive pattern, including letters
 * whose case pairs are not plain ASCII.
 */
class GlossaryLinkerTest {

  @ParameterizedTest(name = "{0} in \"{1}\": {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "chain of identity | Check the Chain of Identity first. | Chain of Identity",
        "chain of identity | Check the CHAIN-OF-IDENTITY first. | CHAIN-OF-IDENTITY",
        "chain of identity | Check the chain\tof  identity first. | chain of identity",
        "chain of identity | Check the chain of custody first. | ",
        "ångström unit | Measured in ÅNGSTRÖM UNITS, not one ÅNGSTRÖM UNIT. | ÅNGSTRÖM UNIT",
        "ΟΔΟΣ | Η οδος είναι κλειστή. | οδος",
        "kelvin | The \u212aELVIN scale. | \u212aELVIN",
        "cryopreservation | Cryopreserved cells. | ",
        "dewar | A dewar-like container; a Dewar. | dewar",
      })
  void linksTheFirstCaseInsensitiveWholeWordMatch(String term, String text, String linked) {
    Element body = linked(new GlossaryLinker.Term(term, null, "t", "tip"), text);

    assertThat(body.select("a.term").eachText())
        .containsExactlyElementsOf(linked == null ? List.of() : List.of(linked));
  }

  @ParameterizedTest(name = "{0} in \"{1}\": {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "COI | The COI is checked. | COI",
        "COI | The coi in lower case is no abbreviation. | ",
        "CAR-T | CAR-T cells and CAR-TX. | CAR-T",
        "CAR-T | CAR-TX only. | ",
      })
  void linksAbbreviationsAsWrittenOnly(String abbreviation, String text, String linked) {
    Element body = linked(new GlossaryLinker.Term("Some term", abbreviation, "t", "tip"), text);

    assertThat(body.select("a.term").eachText())
        .containsExactlyElementsOf(linked == null ? List.of() : List.of(linked));
  }

  private static Element linked(GlossaryLinker.Term term, String text) {
    Element body = Jsoup.parseBodyFragment("<p></p>").body();
    body.selectFirst("p").text(text);
    new GlossaryLinker(List.of(term)).link(body, "glossary.html");
    return body;
  }
}
