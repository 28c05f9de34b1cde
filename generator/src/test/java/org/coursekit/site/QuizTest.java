package org.coursekit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.site.SiteFixture.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.QuizBlock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formative quizzes render as accessible forms; summative items never reach the site. */
class QuizTest {

  private static final String SECRET_STEM =
      "Which reading on the sealed logger proves the excursion was harmless";

  @TempDir static Path course;
  @TempDir static Path output;
  static Path site;
  static SiteResult result;
  static Document doc;

  @BeforeAll
  static void build() throws Exception {
    SiteFixture fixture = new SiteFixture(course);
    fixture
        .write(
            "items/Q-F1.yml",
            """
            id: Q-F1
            type: single
            use: formative
            objectives: [LO-m01-first]
            stem: Which label field must match the **order record**?
            options:
              - text: The tracking number
                feedback: Tracking numbers identify the shipment.
              - text: The `COI` identifier
                correct: true
                feedback: Correct. It links the product to one patient.
            feedback: Identity comes first.
            """)
        .write(
            "items/secure/Q-S1.yml",
            """
            id: Q-S1
            type: single
            use: summative
            objectives: [LO-m01-first]
            stem: %s?
            options:
              - text: The minimum
              - text: None of them
                correct: true
            """
                .formatted(SECRET_STEM))
        .module(
            "m01-first",
            "Receiving",
            30,
            """
            # Receiving

            Before Q-F1.

            ```quiz
            ref: Q-F1
            ```

            Before the secret quiz.

            ```quiz
            ref: Q-S1
            ```

            Before Q-F2.

            ```quiz
            id: Q-F2
            type: multiple
            objectives: [LO-m01-first]
            stem: Which checks happen at receipt?
            options:
              - { text: Seal number, correct: true }
              - { text: Logger trace, correct: true }
              - { text: Thaw a sample }
            ```

            Before Q-F3.

            ```quiz
            id: Q-F3
            type: numeric
            objectives: [LO-m01-first]
            stem: How many hours remain of a 240-hour hold time after 70 hours?
            answer: { value: 170, tolerance: 0.5 }
            ```

            Before Q-F4.

            ```quiz
            id: Q-F4
            type: short
            objectives: [LO-m01-first]
            stem: What does COI stand for?
            accept: [chain of identity, "a</script><b>"]
            ```

            Before Q-F5.

            ```quiz
            id: Q-F5
            type: matching
            objectives: [LO-m01-first]
            stem: Match each record to its owner.
            pairs:
              - { left: Receipt record, right: Technician }
              - { left: Deviation decision, right: Quality unit }
            ```
            """)
        .module("m02-second", "Storing", 30, "Text.\n");
    site = output.resolve("site");
    result = fixture.build(site);
    doc = page(site, "modules/m01-first.html");
  }

  @Test
  void quizzesAppearInOrderAndTheSummativeOneIsSkipped() {
    assertThat(doc.select("form.quiz").eachAttr("data-quiz-id"))
        .containsExactly("Q-F1", "Q-F2", "Q-F3", "Q-F4", "Q-F5");
    for (Element form : doc.select("form.quiz")) {
      assertThat(form.previousElementSibling().text())
          .isEqualTo("Before " + form.attr("data-quiz-id") + ".");
    }
    assertThat(result.published()).isTrue();
  }

  @Test
  void singleChoiceIsAFieldsetWithLabelledRadios() throws Exception {
    Element form = quiz("Q-F1");
    Element legend = form.selectFirst("fieldset > legend");
    assertThat(legend.text())
        .isEqualTo("Practice question Which label field must match the order record?");
    assertThat(legend.select("strong").eachText()).containsExactly("order record");
    var radios = form.select("input[type=radio]");
    assertThat(radios).hasSize(2);
    for (Element radio : radios) {
      assertThat(radio.attr("name")).isEqualTo(radios.first().attr("name"));
      Element label = form.selectFirst("label[for=" + radio.id() + "]");
      assertThat(label).isNotNull();
    }
    assertThat(form.selectFirst("label[for=" + radios.get(1).id() + "]").html())
        .isEqualTo("The <code>COI</code> identifier");
    Element feedback = form.getElementById(radios.get(0).id() + "-feedback");
    assertThat(feedback.hasAttr("hidden")).isTrue();
    assertThat(feedback.text()).isEqualTo("Tracking numbers identify the shipment.");
    assertThat(form.selectFirst("button.quiz-check").attr("type")).isEqualTo("submit");
    assertThat(form.selectFirst(".quiz-feedback").attr("aria-live")).isEqualTo("polite");
    assertThat(form.selectFirst(".quiz-general-feedback").text())
        .isEqualTo("Identity comes first.");
    assertThat(key(form).get("correct").toString()).isEqualTo("[1]");
  }

  @Test
  void multipleChoiceUsesCheckboxes() throws Exception {
    Element form = quiz("Q-F2");
    assertThat(form.select("input[type=checkbox]")).hasSize(3);
    assertThat(form.selectFirst(".quiz-instruction").text())
        .isEqualTo("Choose all the answers that apply.");
    assertThat(key(form).get("correct").toString()).isEqualTo("[0,1]");
  }

  @Test
  void numericAndShortAnswersUseLabelledTextFields() throws Exception {
    Element numeric = quiz("Q-F3");
    Element input = numeric.selectFirst("input[type=text]");
    assertThat(input.attr("inputmode")).isEqualTo("decimal");
    assertThat(numeric.selectFirst("label[for=" + input.id() + "]").text())
        .isEqualTo("Your answer");
    assertThat(key(numeric).get("value").asText()).isEqualTo("170");
    assertThat(key(numeric).get("tolerance").asText()).isEqualTo("0.5");

    Element shortAnswer = quiz("Q-F4");
    assertThat(shortAnswer.select("input[type=text]")).hasSize(1);
    assertThat(shortAnswer.select("input[inputmode]")).isEmpty();
    assertThat(key(shortAnswer).get("accept").get(1).asText()).isEqualTo("a</script><b>");
    assertThat(shortAnswer.selectFirst("script.quiz-key").data()).doesNotContain("</");
  }

  @Test
  void matchingUsesOneLabelledSelectPerItem() throws Exception {
    Element form = quiz("Q-F5");
    var selects = form.select("select");
    assertThat(selects).hasSize(2);
    assertThat(form.selectFirst("label[for=" + selects.get(0).id() + "]").text())
        .isEqualTo("Receipt record");
    assertThat(selects.get(0).select("option").eachText())
        .containsExactly("Choose…", "Quality unit", "Technician");
    assertThat(key(form).get("answers").toString()).isEqualTo("[1,0]");
  }

  @Test
  void noSummativeTextIsWrittenAnywhere() throws Exception {
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file.toString()).doesNotContain(SECRET_STEM).doesNotContain("Q-S1");
      }
    }
    assertThat(result.findings()).noneMatch(f -> f.rule().equals("ASM-007"));
  }

  @Test
  void eachFenceShowsTheQuizWrittenInIt() throws Exception {
    // A loader that could not read the first block leaves it out; the others must not shift.
    Course loaded = new SiteFixture(course).load();
    CourseModule module = loaded.module("m01-first").orElseThrow();
    CourseModule withoutFirst = withQuizzes(module, module.quizzes().subList(1, 6));
    List<CourseModule> modules =
        loaded.modules().stream().map(m -> m == module ? withoutFirst : m).toList();
    Course changed =
        new Course(
            loaded.root(),
            loaded.program(),
            loaded.people(),
            modules,
            loaded.items(),
            loaded.assessments(),
            loaded.glossary(),
            loaded.config(),
            loaded.unreadableFiles());
    Path other = output.resolve("other");
    new SiteGenerator(getClass().getClassLoader()).generate(changed, new SiteOptions(other, null));
    Document changedPage = page(other, "modules/m01-first.html");
    assertThat(changedPage.select("form.quiz").eachAttr("data-quiz-id"))
        .containsExactly("Q-F2", "Q-F3", "Q-F4", "Q-F5");
    for (Element form : changedPage.select("form.quiz")) {
      assertThat(form.previousElementSibling().text())
          .isEqualTo("Before " + form.attr("data-quiz-id") + ".");
    }
  }

  private static CourseModule withQuizzes(CourseModule m, List<QuizBlock> quizzes) {
    return new CourseModule(
        m.id(),
        m.file(),
        m.title(),
        m.version(),
        m.durationMinutes(),
        m.prerequisites(),
        m.objectives(),
        m.authors(),
        m.review(),
        m.references(),
        m.aiAssisted(),
        m.suppressions(),
        m.body(),
        m.bodyLine(),
        m.sections(),
        quizzes,
        m.images(),
        m.markup(),
        m.at(),
        m.source());
  }

  private static Element quiz(String id) {
    return doc.selectFirst("form.quiz[data-quiz-id=" + id + "]");
  }

  private static JsonNode key(Element form) throws Exception {
    return new ObjectMapper().readTree(form.selectFirst("script.quiz-key").data());
  }
}
