package org.coursekit.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.coursekit.diff.ReleaseSnapshot.AssessmentEntry;
import org.coursekit.diff.ReleaseSnapshot.BlueprintEntry;
import org.coursekit.diff.ReleaseSnapshot.Completion;
import org.coursekit.diff.ReleaseSnapshot.ItemEntry;
import org.coursekit.diff.ReleaseSnapshot.ModuleEntry;
import org.coursekit.diff.ReleaseSnapshot.Statement;
import org.coursekit.model.Assessment;
import org.coursekit.model.BloomLevel;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.model.Program;
import org.coursekit.model.QuizBlock;
import org.coursekit.model.Ref;
import org.coursekit.rules.CourseIndex;

/** Takes the {@link ReleaseSnapshot} of a loaded course. Stateless. */
public final class ReleaseSnapshots {

  private ReleaseSnapshots() {}

  /** The snapshot of {@code course}, whose program must be loaded. */
  public static ReleaseSnapshot of(Course course) {
    Program program = Objects.requireNonNull(course.program(), "program");
    CourseIndex index = CourseIndex.of(course);
    List<Statement> outcomes =
        sorted(
            program.outcomes().stream()
                .filter(o -> o.id() != null)
                .map(o -> new Statement(o.id(), text(o.text()), level(o.bloomLevel()), null))
                .toList(),
            Statement::id);
    List<ModuleEntry> modules = new ArrayList<>();
    List<Statement> objectives = new ArrayList<>();
    for (CourseModule module : course.deliveryOrder()) {
      modules.add(
          new ModuleEntry(
              module.id(),
              text(module.title()),
              sha256(Objects.requireNonNullElse(module.body(), "")),
              module.objectives().stream().map(Objective::id).filter(Objects::nonNull).toList()));
      for (Objective objective : module.objectives()) {
        if (objective.id() == null) {
          continue; // the loader reported it; an objective without id cannot be tracked
        }
        objectives.add(
            new Statement(
                objective.id(),
                text(objective.text()),
                level(objective.bloomLevel()),
                module.id()));
      }
    }
    List<ItemEntry> items = new ArrayList<>();
    for (Item item : course.items()) {
      if (item.id() != null) {
        items.add(item(item, inlineModule(course, item)));
      }
    }
    List<AssessmentEntry> assessments = new ArrayList<>();
    for (Assessment assessment : course.assessments()) {
      if (assessment.id() != null) {
        assessments.add(assessment(assessment, index));
      }
    }
    return new ReleaseSnapshot(
        ReleaseSnapshot.FORMAT,
        program.id(),
        text(program.title()),
        text(program.version()),
        program.designPlan() == null ? null : program.designPlan().deliveryMode(),
        outcomes,
        modules,
        sorted(objectives, Statement::id),
        sorted(items, ItemEntry::id),
        sorted(assessments, AssessmentEntry::id),
        completion(program.completion()));
  }

  /** The module whose page holds {@code item} in a quiz block, or null. */
  private static String inlineModule(Course course, Item item) {
    for (CourseModule module : course.modules()) {
      for (QuizBlock quiz : module.quizzes()) {
        if (quiz.item() == item) {
          return module.id();
        }
      }
    }
    return null;
  }

  private static ItemEntry item(Item item, String module) {
    ObjectNode scoring = JsonNodeFactory.instance.objectNode();
    scoring.put("type", item.type()).put("use", item.use());
    ids(item.objectives()).forEach(scoring.putArray("objectives")::add);
    scoring.put("bloom", item.bloomLevel()).put("points", plain(item.points()));
    ArrayNode keys = scoring.putArray("keys");
    item.options().forEach(option -> keys.add(option.correct()));
    if (item.answer() != null) {
      scoring.put("answer", plain(item.answer().value()));
      scoring.put("tolerance", plain(item.answer().tolerance()));
    }
    ArrayNode rubric = scoring.putArray("rubric");
    item.rubric()
        .forEach(
            c ->
                rubric
                    .addObject()
                    .put("points", plain(c.points()))
                    .put("objective", c.objective() == null ? null : c.objective().id()));
    item.accept().forEach(scoring.putArray("accept")::add);
    ArrayNode pairs = scoring.putArray("pairs");
    item.pairs().forEach(pair -> pairs.add(pair.left() + "\u0000" + pair.right()));

    ObjectNode wording = JsonNodeFactory.instance.objectNode();
    wording.put("stem", item.stem()).put("rationale", item.rationale());
    wording.put("feedback", item.feedback());
    ArrayNode options = wording.putArray("options");
    item.options().forEach(o -> options.addObject().put("text", o.text()).put("fb", o.feedback()));
    ArrayNode criteria = wording.putArray("criteria");
    item.rubric().forEach(c -> criteria.add(c.criterion()));
    return new ItemEntry(
        item.id(),
        item.summative() ? "summative" : "formative",
        item.type(),
        ids(item.objectives()).stream().sorted().toList(),
        module,
        sha256(scoring.toString()),
        sha256(wording.toString()));
  }

  private static AssessmentEntry assessment(Assessment assessment, CourseIndex index) {
    List<BlueprintEntry> blueprint =
        assessment.blueprint().stream()
            .map(
                row ->
                    new BlueprintEntry(
                        row.objective() == null ? null : row.objective().id(),
                        plain(row.weight()),
                        row.minItems()))
            .sorted(
                Comparator.comparing(
                    BlueprintEntry::target, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    Assessment.Pool pool = assessment.pool();
    return new AssessmentEntry(
        assessment.id(),
        assessment.delivery() != null && assessment.delivery().inPerson() ? "in-person" : "online",
        pool == null ? List.of() : pool.include().stream().sorted().toList(),
        pool == null ? null : pool.draw(),
        index.pool(assessment).stream()
            .map(Item::id)
            .filter(Objects::nonNull)
            .sorted()
            .distinct()
            .toList(),
        blueprint);
  }

  private static Completion completion(Program.Completion completion) {
    if (completion == null) {
      return new Completion(List.of(), null, null, null, List.of(), null, null);
    }
    Program.PassingStandard standard = completion.passingStandard();
    List<String> minimums =
        standard == null
            ? List.of()
            : standard.perOutcomeMinimum().stream()
                .map(
                    m ->
                        (m.outcome() == null ? "" : m.outcome().id())
                            + "="
                            + Objects.requireNonNullElse(plain(m.minimum()), ""))
                .sorted()
                .toList();
    Program.Attempts attempts = completion.attempts();
    return new Completion(
        ids(completion.requires()),
        standard == null ? null : plain(standard.score()),
        standard == null ? null : standard.scale(),
        standard == null ? null : standard.rule(),
        minimums,
        attempts == null ? null : attempts.max(),
        attempts == null ? null : attempts.waitDays());
  }

  /** SHA-256 of {@code text} as UTF-8, in lower-case hex. */
  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's specification).
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static List<String> ids(List<Ref> refs) {
    return refs.stream().map(Ref::id).filter(Objects::nonNull).toList();
  }

  /** A Bloom level as its canonical word, so {@code analyse} and {@code analyze} match. */
  private static String level(String text) {
    if (text == null) {
      return null;
    }
    return BloomLevel.parse(text).map(BloomLevel::word).orElse(text.strip());
  }

  /** A text with its line breaks and runs of spaces as single spaces: reflowing is no change. */
  static String text(String text) {
    return text == null ? null : text.strip().replaceAll("\\s+", " ");
  }

  private static String plain(BigDecimal number) {
    return number == null ? null : number.stripTrailingZeros().toPlainString();
  }

  private static <T> List<T> sorted(List<T> list, Function<T, String> key) {
    return list.stream()
        .sorted(Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }
}
