package org.coursekit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coursekit.diag.Finding;
import org.junit.jupiter.api.Test;

class YamlFieldsTest {

  private final List<Finding> findings = new ArrayList<>();
  private final YamlFields fields = new YamlFields(findings::add);

  private static YamlMap yaml(String text) {
    YamlReadResult result = YamlReader.read(text, "f.yml", 0);
    assertThat(result.findings()).isEmpty();
    return (YamlMap) result.root().orElseThrow();
  }

  private List<String> reported() {
    return findings.stream().map(f -> f.at() + " " + f.rule() + " " + f.message()).toList();
  }

  @Test
  void readsNumbersAndDatesAsTextWhereTextIsExpected() {
    YamlMap map = yaml("version: 2.1\nid: 42\nwhen: 2025-04-02\nflag: yes\n");

    assertThat(fields.text(map, "version", "1.0.0")).isEqualTo("2.1");
    assertThat(fields.text(map, "id", "x")).isEqualTo("42");
    assertThat(fields.text(map, "when", "x")).isEqualTo("2025-04-02");
    assertThat(fields.text(map, "flag", "x")).isEqualTo("yes");
    assertThat(findings).isEmpty();
  }

  @Test
  void readsAbsentAndNullValuesAsNull() {
    YamlMap map = yaml("a: ~\nb:\n");

    assertThat(fields.text(map, "a", "x")).isNull();
    assertThat(fields.wholeNumber(map, "b", "a whole number", "1")).isNull();
    assertThat(fields.date(map, "missing")).isNull();
    assertThat(fields.texts(map, "a", "[x]")).isEmpty();
    assertThat(findings).isEmpty();
  }

  @Test
  void acceptsWholeNumbersWrittenAsDecimalsOrText() {
    YamlMap map = yaml("a: 90\nb: 90.0\nc: \"90\"\nd: 90.5\n");

    assertThat(fields.wholeNumber(map, "a", "a whole number", "90")).isEqualTo(90);
    assertThat(fields.wholeNumber(map, "b", "a whole number", "90")).isEqualTo(90);
    assertThat(fields.wholeNumber(map, "c", "a whole number", "90")).isEqualTo(90);
    assertThat(fields.wholeNumber(map, "d", "a whole number of minutes", "90")).isNull();
    assertThat(reported())
        .containsExactly(
            "f.yml:4:4 FMT-003 `d` must be a whole number of minutes, e.g. `d: 90`; found the"
                + " number 90.5.");
  }

  @Test
  void readsDecimalsExactly() {
    YamlMap map = yaml("a: 0.1\nb: 1_000\n");

    assertThat(fields.number(map, "a", "1")).isEqualTo(new BigDecimal("0.1"));
    assertThat(fields.number(map, "b", "1")).isEqualByComparingTo("1000");
  }

  @Test
  void readsYamlBooleansAndRejectsOtherWords() {
    YamlMap map = yaml("a: true\nb: no\nc: \"false\"\nd: maybe\n");

    assertThat(fields.bool(map, "a")).isTrue();
    assertThat(fields.bool(map, "b")).isFalse();
    assertThat(fields.bool(map, "c")).isFalse();
    assertThat(fields.bool(map, "d")).isNull();
    assertThat(reported())
        .containsExactly(
            "f.yml:4:4 FMT-003 `d` must be true or false, e.g. `d: true`; found the text"
                + " \"maybe\".");
  }

  @Test
  void readsDatesFromYamlDatesAndIsoTexts() {
    YamlMap map =
        yaml(
            "a: 2025-04-02\nb: \"2025-4-2\"\nc: 2025-04-02T10:00:00Z\nd: April 2\ne: 2025-02-30\n");

    assertThat(fields.date(map, "a")).isEqualTo(LocalDate.of(2025, 4, 2));
    assertThat(fields.date(map, "b")).isEqualTo(LocalDate.of(2025, 4, 2));
    assertThat(fields.date(map, "c")).isEqualTo(LocalDate.of(2025, 4, 2));
    assertThat(fields.date(map, "d")).isNull();
    assertThat(fields.date(map, "e")).isNull();
    assertThat(findings).extracting(f -> f.at().line()).containsExactly(4, 5);
  }

  @Test
  void readsASingleTextWhereAListBelongsAsAListOfOneAndSaysSo() {
    YamlMap map = yaml("supports: PO-1\nauthors: [a, [b], ~, c]\n");

    assertThat(fields.texts(map, "supports", "[PO-1]")).containsExactly("PO-1");
    assertThat(fields.texts(map, "authors", "[a]")).containsExactly("a", "c");
    assertThat(reported())
        .containsExactly(
            "f.yml:1:11 FMT-003 `supports` must be a list, e.g. `supports: [PO-1]`; found the text"
                + " \"PO-1\".",
            "f.yml:2:14 FMT-003 Each entry of `authors` must be a text, e.g. `authors: [a]`;"
                + " found a list.",
            "f.yml:2:19 FMT-003 Each entry of `authors` must be a text, e.g. `authors: [a]`;"
                + " found nothing.");
  }

  @Test
  void reportsAMissingOrBlankRequiredValue() {
    YamlMap map = yaml("title: x\nother: { id: \" \" }\n");

    assertThat(fields.requiredText(map, "id", "This outcome", "PO-1")).isNull();
    YamlMap other = (YamlMap) map.get("other").orElseThrow();
    assertThat(fields.requiredText(other, "id", "This outcome", "PO-1")).isNull();
    assertThat(reported())
        .containsExactly(
            "f.yml:1:1 FMT-003 This outcome has no `id`. Add one, e.g. `id: PO-1`.",
            "f.yml:2:14 FMT-003 This outcome has no `id`. Add one, e.g. `id: PO-1`.");
  }

  @Test
  void reportsAMappingOfTheWrongKindAndChecksItsKeys() {
    YamlMap map = yaml("attempts: 3\nreview: { reviewer: [x] }\n");
    KeySet review = KeySet.of("`review`", "reviewers", "reviewed_on");

    assertThat(fields.map(map, "attempts", KeySet.of("`attempts`", "max"), "{ max: 3 }")).isEmpty();
    assertThat(fields.map(map, "review", review, "{ reviewers: [x] }")).isPresent();
    assertThat(reported())
        .containsExactly(
            "f.yml:1:11 FMT-003 `attempts` must be a mapping, e.g. `attempts: { max: 3 }`; found"
                + " the number 3.",
            "f.yml:2:11 FMT-004 Unknown key `reviewer` in `review`; CourseKit ignores it. Did you"
                + " mean `reviewers`?");
  }

  @Test
  void openKeySetsOnlyReportNearMisses() {
    YamlMap map = yaml("automaton: a\nprivacy: b\nautomation: c\n");

    fields.checkKeys(map, KeySet.openWith("`policies`", "automation", "appeals"));

    assertThat(findings).extracting(f -> f.at().line()).containsExactly(1);
    assertThat(findings.get(0).severity().label()).isEqualTo("warning");
  }

  @Test
  void describesFoundValuesBriefly() {
    YamlMap map = yaml("a: " + "word ".repeat(20) + "\nb: on\n");

    assertThat(YamlFields.describe(map.get("a").orElseThrow()))
        .startsWith("the text \"word word")
        .endsWith("…\"")
        .hasSizeLessThan(60);
    assertThat(YamlFields.describe(map.get("b").orElseThrow()))
        .isEqualTo("`on`, which YAML reads as true or false");
  }
}
