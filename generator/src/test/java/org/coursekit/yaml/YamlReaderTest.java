package org.coursekit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  private static YamlMap map(YamlReadResult result) {
    assertThat(result.findings()).isEmpty();
    return (YamlMap) result.root().orElseThrow();
  }

  private static List<String> findings(YamlReadResult result) {
    return result.findings().stream().map(f -> f.at() + " " + f.rule()).toList();
  }

  @Test
  void resolvesScalarTypesLikeYaml() {
    YamlMap map =
        map(
            YamlReader.read(
                "s: text\nq: \"12\"\ni: 12\nf: 2.5\nb: yes\nn: ~\nd: 2025-04-02\n", "f.yml", 0));

    assertThat(map.entries())
        .extracting(e -> ((YamlScalar) e.value()).type())
        .containsExactly(
            YamlScalar.Type.STRING,
            YamlScalar.Type.STRING,
            YamlScalar.Type.INTEGER,
            YamlScalar.Type.DECIMAL,
            YamlScalar.Type.BOOLEAN,
            YamlScalar.Type.NULL,
            YamlScalar.Type.DATE);
  }

  @Test
  void positionsAreOneBasedAndShiftedByTheOffsets() {
    YamlMap map = map(YamlReader.read("a: 1\nlist:\n  - x\n", "m.md", 5, 2));

    assertThat(map.entry("list").orElseThrow().keyAt()).isEqualTo(new SourceRef("m.md", 7, 3));
    YamlList list = (YamlList) map.get("list").orElseThrow();
    assertThat(list.items().get(0).at()).isEqualTo(new SourceRef("m.md", 8, 7));
  }

  @Test
  void reportsSyntaxErrorsAtTheProblemWithAHint() {
    YamlReadResult result = YamlReader.read("id: x\ntitle: Step 1: receive\n", "f.yml", 1);

    assertThat(result.root()).isEmpty();
    assertThat(findings(result)).containsExactly("f.yml:3:14 FMT-002");
    assertThat(result.findings().get(0).message())
        .startsWith("The YAML cannot be read here: a `: ` appears where YAML does not expect")
        .contains("quoted")
        .endsWith("(YAML parser: mapping values are not allowed here)");
  }

  @Test
  void recognisesTabIndentation() {
    YamlReadResult result = YamlReader.read("a:\n\t- x\n", "f.yml", 0);

    assertThat(result.findings())
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("not tabs");
  }

  @Test
  void explainsAnIndentationSlipInPlainWords() {
    YamlReadResult result = YamlReader.read("list:\n  - a: 1\n    b: 2\n   c: 3\n", "f.yml", 0);

    assertThat(findings(result)).containsExactly("f.yml:4:4 FMT-002");
    assertThat(result.findings().get(0).message())
        .contains("this line is indented differently from the lines around it");
  }

  @Test
  void recognisesASecondDocument() {
    YamlReadResult result = YamlReader.read("a: 1\n---\nb: 2\n", "f.yml", 0);

    assertThat(findings(result)).containsExactly("f.yml:2:1 FMT-002");
    assertThat(result.findings().get(0).message()).contains("must hold only one");
  }

  @Test
  void keepsTheFirstOfDuplicateKeysAndReportsTheSecond() {
    YamlReadResult result = YamlReader.read("a: 1\nb: 2\na: 3\n", "f.yml", 0);

    assertThat(findings(result)).containsExactly("f.yml:3:1 FMT-002");
    YamlMap map = (YamlMap) result.root().orElseThrow();
    assertThat(map.keys()).containsExactly("a", "b");
    assertThat(((YamlScalar) map.get("a").orElseThrow()).text()).isEqualTo("1");
  }

  @Test
  void reportsKeysThatAreNotText() {
    YamlReadResult result = YamlReader.read("2025: a\n[x]: b\n\"2026\": c\n", "f.yml", 0);

    assertThat(findings(result)).containsExactly("f.yml:1:1 FMT-003", "f.yml:2:1 FMT-003");
    assertThat(((YamlMap) result.root().orElseThrow()).keys()).containsExactly("2026");
  }

  @Test
  void resolvesMergeKeys() {
    YamlMap map =
        map(YamlReader.read("base: &b { x: 1, y: 1 }\nthing: { <<: *b, y: 2 }\n", "f.yml", 0));

    YamlMap thing = (YamlMap) map.get("thing").orElseThrow();
    assertThat(thing.entries())
        .extracting(YamlMap.Entry::key, e -> ((YamlScalar) e.value()).text())
        .containsExactlyInAnyOrder(tuple("x", "1"), tuple("y", "2"));
  }

  @Test
  void refusesTooManyAliases() {
    StringBuilder text = new StringBuilder("a: &a [x]\nb: [");
    text.append("*a, ".repeat(YamlReader.MAX_ALIASES_FOR_COLLECTIONS + 1)).append("*a]\n");

    YamlReadResult result = YamlReader.read(text.toString(), "f.yml", 0);

    assertThat(result.root()).isEmpty();
    assertThat(findings(result)).containsExactly("f.yml:1:1 FMT-002");
    assertThat(result.findings().get(0).message()).contains("more than 50 aliases");
  }

  @Test
  void stopsAnAliasThatContainsItself() {
    YamlReadResult result = YamlReader.read("a: &a [x, *a]\n", "f.yml", 0);

    assertThat(result.root()).isEmpty();
    assertThat(findings(result)).containsExactly("f.yml:1:1 FMT-002");
  }

  @Test
  void readsAnEmptyTextAsNoRootWithoutFindings() {
    YamlReadResult result = YamlReader.read("# only a comment\n", "f.yml", 0);

    assertThat(result.root()).isEmpty();
    assertThat(result.findings()).isEmpty();
  }
}
