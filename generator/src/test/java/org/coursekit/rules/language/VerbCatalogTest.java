package org.coursekit.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coursekit.model.BloomLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerbCatalogTest {

  private final VerbCatalog catalog = VerbCatalog.builtin();

  @ParameterizedTest
  @EnumSource(WordList.class)
  void everyListIsReadableLowerCaseAndFreeOfDuplicates(WordList list) {
    List<String> entries = catalog.entries(list);

    assertThat(entries).isNotEmpty().doesNotHaveDuplicates();
    assertThat(entries).allSatisfy(e -> assertThat(e).isLowerCase().doesNotContain("#"));
  }

  @Test
  void holdsTheVerbsOfEachLevelThatTheRulesDocumentNames() {
    // accreditation-rules.md section 4, word for word ("demonstrate (a skill)" as "demonstrate").
    assertLevel(
        BloomLevel.REMEMBER,
        "recognize recall identify retrieve define list name state label match cite locate quote"
            + " recite record repeat reproduce select tabulate");
    assertLevel(
        BloomLevel.UNDERSTAND,
        "interpret exemplify classify categorize summarize infer compare contrast explain"
            + " paraphrase restate translate illustrate predict conclude extrapolate generalize"
            + " convert describe estimate");
    assertLevel(
        BloomLevel.APPLY,
        "execute implement use apply perform calculate compute solve demonstrate operate prepare"
            + " administer conduct measure calibrate adjust document complete modify");
    assertLevel(
        BloomLevel.ANALYZE,
        "differentiate distinguish discriminate organize integrate outline structure attribute"
            + " deconstruct analyze examine investigate correlate diagram map relate trace"
            + " troubleshoot determine");
    assertLevel(
        BloomLevel.EVALUATE,
        "check test monitor detect verify validate critique judge assess evaluate appraise audit"
            + " justify defend argue prioritize rank rate recommend decide weigh");
    assertLevel(
        BloomLevel.CREATE,
        "generate hypothesize plan design produce construct develop devise formulate compose"
            + " propose author draft write build create invent originate synthesize assemble");
    assertThat(catalog.levelsOf("carry out")).containsExactly(BloomLevel.APPLY);
    assertThat(catalog.levelsOf("break down")).containsExactly(BloomLevel.ANALYZE);
  }

  @Test
  void knowsTheEverydayVerbsOfTechnicalTraining() {
    for (String verb :
        ("employ manipulate combine read sort filter save load import export navigate run install"
                + " clone plot visualize automate annotate")
            .split(" ")) {
      assertThat(catalog.levelsOf(verb)).as(verb).isNotEmpty();
    }
  }

  @Test
  void aVerbMaySitAtSeveralLevels() {
    assertThat(catalog.levelsOf("identify"))
        .containsExactly(BloomLevel.REMEMBER, BloomLevel.UNDERSTAND, BloomLevel.ANALYZE);
    assertThat(catalog.levelsOf("understand")).isEmpty();
  }

  @Test
  void noApprovedVerbIsAlsoBlockedOrContextDependent() {
    Set<String> approved = new HashSet<>();
    for (WordList list :
        List.of(
            WordList.REMEMBER,
            WordList.UNDERSTAND,
            WordList.APPLY,
            WordList.ANALYZE,
            WordList.EVALUATE,
            WordList.CREATE,
            WordList.PSYCHOMOTOR,
            WordList.AFFECTIVE)) {
      approved.addAll(catalog.entries(list));
    }

    assertThat(catalog.entries(WordList.BLOCKED_VERBS)).doesNotContainAnyElementsOf(approved);
    assertThat(catalog.entries(WordList.CONTEXT_DEPENDENT)).doesNotContainAnyElementsOf(approved);
  }

  @Test
  void otherDomainsHaveTheirOwnVerbsIncludingTwoWordOnes() {
    assertThat(catalog.domainsOf("gown")).containsExactly(Domain.PSYCHOMOTOR);
    assertThat(catalog.domainsOf("comply with")).containsExactly(Domain.AFFECTIVE);
    assertThat(catalog.domainsOf("adhere to")).containsExactly(Domain.AFFECTIVE);
    assertThat(catalog.domainsOf("advocate for")).containsExactly(Domain.AFFECTIVE);
    assertThat(catalog.domainsOf("perform")).containsExactly(Domain.COGNITIVE, Domain.PSYCHOMOTOR);
    assertThat(catalog.isApproved("value")).isFalse();
    assertThat(catalog.isBlocked("value")).isTrue();
    assertThat(catalog.isBlocked("appreciate")).isTrue();
  }

  @Test
  void suggestsTheFirstVerbsOfAList() {
    assertThat(catalog.examples(BloomLevel.APPLY))
        .containsExactly("use", "perform", "calculate", "carry out", "execute");
    assertThat(catalog.examples(Domain.PSYCHOMOTOR))
        .containsExactly("perform", "assemble", "manipulate", "calibrate", "adjust");
    assertThat(catalog.examples(Domain.COGNITIVE))
        .containsExactly("list", "explain", "use", "differentiate", "judge", "design");
  }

  private void assertLevel(BloomLevel level, String verbs) {
    for (String verb : verbs.split(" ")) {
      assertThat(catalog.levelsOf(verb)).as(verb).contains(level);
    }
  }
}
