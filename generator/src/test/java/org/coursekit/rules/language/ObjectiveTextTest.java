package org.coursekit.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coursekit.rules.language.ObjectiveText.LeadKind;
import org.coursekit.rules.language.ObjectiveText.Match;
import org.coursekit.rules.language.ObjectiveText.Predicate;
import org.coursekit.rules.language.ObjectiveText.TopicForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analysis of real objectives, good and weak, including the traps of accreditation-rules.md
 * section 4, "How to apply the lists".
 */
class ObjectiveTextTest {

  private static final VerbCatalog CATALOG = VerbCatalog.builtin();

  private static ObjectiveText analyse(String text) {
    return ObjectiveText.analyse(text, CATALOG);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // text | stem | lead kind | lead words | lead verb
        "Verify the chain-of-identity labels on a shipper against the order record"
            + " | - | VERB | Verify | verify",
        "Learners will be able to calculate the vector volume for a target MOI"
            + " | Learners will be able to | VERB | calculate | calculate",
        "Participants will be able to list the release tests of an autologous lot"
            + " | Participants will be able to | VERB | list | list",
        "By the end of this module, you will be able to trace an OOS result to its process step"
            + " | By the end of this module, you will be able to | VERB | trace | trace",
        "By the end of this module you will draft a chain-of-identity checkpoint plan"
            + " | By the end of this module you will | VERB | draft | draft",
        "Students should be able to explain why lentiviral vectors integrate"
            + " | Students should be able to | VERB | explain | explain",
        "The learner will judge whether a deviation requires a CAPA"
            + " | The learner will | VERB | judge | judge",
        "Upon completion of this course, learners will carry out a thaw-readiness check"
            + " | Upon completion of this course, learners will | VERB | carry out | carry out",
        "In this module, you will classify a handling event as a deviation or an OOS result"
            + " | In this module, you will | VERB | classify | classify",
        // a condition before the performance (ABCD) is skipped, even with commas inside it
        "Given a dry shipper and the order record, verify the labels | - | VERB | verify | verify",
        "Using the site SOP, perform the receipt inspection | - | VERB | perform | perform",
        "Given a shipper, its documents and the SOP, undertake the receipt check"
            + " | - | UNKNOWN | undertake | undertake",
        "Using a pipette to aliquot cells | - | TOPIC | Using | use",
        "In the course of a receipt inspection, verify the seal | - | VERB | verify | verify",
        // a bare "Be able to" is not a stem: the lead verb is found, the stem stays empty
        "Be able to list the release tests | - | VERB | list | list",
        // British spellings are variants of the listed verbs
        "Analyse a data logger trace for temperature excursions | - | VERB | Analyse | analyze",
        "Summarise the OOS guidance in a short paragraph | - | VERB | Summarise | summarize",
        "Prioritise the open deviations by patient risk | - | VERB | Prioritise | prioritize",
        "Correctly identify the hazards of liquid nitrogen | - | VERB | identify | identify",
        "Aliquot the cell suspension into labelled cryovials | - | VERB | Aliquot | aliquot",
        "Comply with the two-person verification rule at every handover"
            + " | - | VERB | Comply with | comply with",
        "Calibrate a pipette against the gravimetric SOP | - | VERB | Calibrate | calibrate",
        // verbs the lists do not know
        "Undertake a receipt check on a dry shipper | - | UNKNOWN | Undertake | undertake",
        "Bring the shipper to the receiving bay | - | UNKNOWN | Bring | bring",
        // topics: -ing forms, noun phrases, abbreviations, topic openers
        "Cloning a repository | - | TOPIC | Cloning | clone",
        "Choosing a licence for your data | - | TOPIC | Choosing | choose",
        "Understanding cell therapy manufacturing | - | TOPIC | Understanding | understand",
        "Basics of cryopreservation | - | TOPIC | Basics of | -",
        "Cryopreservation of cell products | - | TOPIC | Cryopreservation | -",
        "GMP requirements for product storage | - | TOPIC | GMP | -",
        "Labelled containers and their storage | - | TOPIC | Labelled | -",
        "Lists of release tests | - | TOPIC | Lists | -",
        "The label fields that identify a patient | - | TOPIC | The | -",
        // teacher-side openers
        "This module covers chain of identity | - | TEACHER | This module | -",
        "Introduce the ISBT 128 label | - | TEACHER | Introduce | -",
        "The instructor will present the gowning steps | - | TEACHER | The instructor will | -",
        "Overview of GMP for cell therapy | - | TEACHER | Overview of | -",
        "Show how a dry shipper is charged | - | TEACHER | Show how | -",
        "Set up participants to work in pairs | - | TEACHER | Set up participants | -",
        "Set up a biosafety cabinet for an aseptic transfer | - | VERB | Set up | set up",
        // non-measurable phrases at the start
        "Demonstrate an understanding of aseptic technique"
            + " | - | BLOCKED_PHRASE | Demonstrate an understanding of | -",
        "Become familiar with the site receipt SOP | - | BLOCKED_PHRASE | Become familiar with | -",
        "Learners will be aware of the hazards of liquid nitrogen"
            + " | Learners will | BLOCKED_PHRASE | be aware of | -",
        "Recognize the importance of two-person verification"
            + " | - | BLOCKED_PHRASE | Recognize the importance of | -",
        // blocked single verbs are still verbs; LO-002 judges them
        "Understand the principles of chain of identity | - | VERB | Understand | understand",
        "Really know the ALCOA+ principles | - | VERB | know | know",
        // only a stem, or nothing
        "Learners will be able to | Learners will be able to | NONE | | -",
        "... | - | NONE | | -"
      })
  void findsTheStemAndTheLead(
      String text, String stem, LeadKind kind, String leadWords, String leadVerb) {
    ObjectiveText analysed = analyse(text);

    assertThat(analysed.stem()).isEqualTo(stem == null ? "" : stem);
    assertThat(analysed.lead().kind()).isEqualTo(kind);
    assertThat(analysed.lead().words()).isEqualTo(leadWords == null ? "" : leadWords);
    assertThat(analysed.lead().verb()).isEqualTo(leadVerb);
  }

  @Test
  void tellsWhichKindOfTopicItIs() {
    assertThat(analyse("Cloning a repository").lead().form()).isEqualTo(TopicForm.GERUND);
    assertThat(analyse("Labelled containers").lead().form()).isEqualTo(TopicForm.PARTICIPLE);
    assertThat(analyse("GMP requirements").lead().form()).isEqualTo(TopicForm.NOUN_PHRASE);
    assertThat(analyse("Basics of cryopreservation").lead().form()).isEqualTo(TopicForm.OPENER);
    assertThat(analyse("Verify the labels").lead().form()).isNull();
  }

  @Test
  void flagsABareBeAbleToButNotAFullStem() {
    assertThat(analyse("Be able to list the release tests").bareBeAbleTo()).isTrue();
    assertThat(analyse("Learners will be able to list the release tests").bareBeAbleTo()).isFalse();
    assertThat(analyse("List the release tests").bareBeAbleTo()).isFalse();
  }

  @Test
  void findsVerbsCoordinatedWithTheLead() {
    assertThat(analyse("Identify and describe the label fields").predicates())
        .containsExactly(
            new Predicate("identify", "Identify", null),
            new Predicate("describe", "describe", "and"));
    assertThat(analyse("Identify, describe and explain the label fields").predicates())
        .extracting(Predicate::verb)
        .containsExactly("identify", "describe", "explain");
    assertThat(analyse("Verify the label and record the result in the log").predicates())
        .containsExactly(
            new Predicate("verify", "Verify", null), new Predicate("record", "record", "and"));
    assertThat(analyse("List the hazards and understand their causes").predicates())
        .extracting(Predicate::verb)
        .containsExactly("list", "understand");
    assertThat(analyse("Identify or describe the label fields").predicates())
        .extracting(Predicate::connector)
        .containsExactly(null, "or");
  }

  @Test
  void nounsAfterAConnectorAreNotPredicates() {
    // "record", "label" and "seal" are listed verbs, but here they are nouns.
    assertThat(
            analyse(
                    "Judge whether a shipment can be accepted or must be quarantined from its data"
                        + " logger record and seal condition")
                .predicates())
        .extracting(Predicate::verb)
        .containsExactly("judge");
    assertThat(analyse("Compare the order record and label fields").predicates())
        .extracting(Predicate::verb)
        .containsExactly("compare");
    assertThat(
            analyse("Conduct storage, retrieval and thaw-readiness tasks within safety limits")
                .predicates())
        .extracting(Predicate::verb)
        .containsExactly("conduct");
  }

  @Test
  void anIdiomIsOnePerformance() {
    assertThat(analyse("Compare and contrast lentiviral and AAV vectors").predicates())
        .extracting(Predicate::verb)
        .containsExactly("compare");
    assertThat(analyse("Sign and date the receipt record").predicates())
        .extracting(Predicate::verb)
        .containsExactly("sign");
  }

  @Test
  void blockedWordsInsideAnObjectOrPurposeClauseAreNotPredicates() {
    assertThat(analyse("Locate resources to learn more about ISBT 128").predicates())
        .extracting(Predicate::verb)
        .containsExactly("locate");
    assertThat(analyse("Explain why learning the shell helps automate analyses").predicates())
        .extracting(Predicate::verb)
        .containsExactly("explain");
  }

  @Test
  void matchesWholeWordsNeverSubstrings() {
    ObjectiveText text =
        analyse("Explain how machine learning models use a knowledge base of shipper data");

    assertThat(text.predicates()).extracting(Predicate::verb).containsExactly("explain");
    assertThat(text.blockedPhrases()).isEmpty();
    assertThat(text.vagueWords()).isEmpty();
  }

  @Test
  void findsBlockedPhrasesAnywhereAfterTheStem() {
    assertThat(
            analyse("Explain the hold time to gain a solid understanding of shippers")
                .blockedPhrases())
        .containsExactly(new Match("gain understanding of", "gain a solid understanding of"));
    assertThat(
            analyse("Students should become acquainted with the deviation form").blockedPhrases())
        .containsExactly(new Match("become acquainted with", "become acquainted with"));
    assertThat(
            analyse("List the tests and develop an appreciation for their limits").blockedPhrases())
        .extracting(Match::entry)
        .containsExactly("develop appreciation for");
    assertThat(analyse("Identify a conflict of interest in the review panel").blockedPhrases())
        .isEmpty();
  }

  @Test
  void findsPlaceholdersAndVagueWords() {
    ObjectiveText text = analyse("Identify the various label fields, temperatures, etc. (TBD)");

    assertThat(text.placeholders()).extracting(Match::words).containsExactly("etc", "TBD");
    assertThat(text.vagueWords()).extracting(Match::words).containsExactly("various");
    assertThat(analyse("List the release tests…").placeholders())
        .extracting(Match::entry)
        .containsExactly("...");
    assertThat(analyse("Apply good documentation practice to a batch record").vagueWords())
        .isEmpty();
  }

  @Test
  void countsWordsAfterTheStem() {
    assertThat(analyse("Learners will be able to list the tests").wordCount()).isEqualTo(3);
    assertThat(analyse("Explain how a dry shipper keeps a product at or below −150 °C").wordCount())
        .isEqualTo(13);
    assertThat(analyse("Learners will be able to").wordCount()).isZero();
  }

  @Test
  void detectsConditionAndCriterionPhrases() {
    ObjectiveText abcd =
        analyse("Given a dry shipper and the SOP, complete the receipt check within 10 minutes");
    assertThat(abcd.statesCondition()).isTrue();
    assertThat(abcd.statesCriterion()).isTrue();

    assertThat(analyse("Perform the receipt inspection using the site checklist").statesCondition())
        .isTrue();
    assertThat(analyse("Perform aseptic gowning with no critical errors").statesCriterion())
        .isTrue();
    assertThat(analyse("Count viable cells with ≥ 90 % agreement").statesCriterion()).isTrue();
    assertThat(analyse("Score the gowning checklist at least 90% correct").statesCriterion())
        .isTrue();

    ObjectiveText plain = analyse("Perform the receipt inspection of a dry shipper");
    assertThat(plain.statesCondition()).isFalse();
    assertThat(plain.statesCriterion()).isFalse();
  }

  @Test
  void theLeadMayBeAnAllowListEntry() {
    assertThat(analyse("Gown for Grade B entry").leadIs("gown")).isTrue();
    assertThat(analyse("Gowns for Grade B entry").leadIs("gown")).isTrue();
    assertThat(analyse("Learners will be able to set up the hood").leadIs("set up")).isTrue();
    assertThat(analyse("Gown for Grade B entry").leadIs("aliquot")).isFalse();
  }

  @Test
  void neverFailsOnOddInput() {
    for (String odd : List.of("", "   ", ",;:", "é", "—", "and and and", "Be able to")) {
      ObjectiveText text = analyse(odd);
      assertThat(text.lead()).isNotNull();
      assertThat(text.predicates()).isNotNull();
      assertThat(text.blockedPhrases()).isNotNull();
    }
    assertThat(ObjectiveText.analyse(null, CATALOG).lead().kind()).isEqualTo(LeadKind.NONE);
  }
}
