package org.coursekit.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.CourseConfig;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.model.Outcome;
import org.coursekit.model.Person;
import org.coursekit.model.Program;
import org.coursekit.model.QuizBlock;
import org.coursekit.model.Ref;
import org.coursekit.model.Review;
import org.coursekit.model.Section;
import org.coursekit.model.Suppression;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlScalar;

/**
 * Minimal course records for rule tests, so each test states only what matters. Every declaration
 * and reference gets the next line of its file, in the order of the builder calls, at column 1:
 * {@code module("m01").objective("LO-1", "PO-1")} puts the module at modules/m01.md:1, the
 * objective at line 2 and its {@code supports} reference at line 3.
 */
public final class TestCourses {

  private TestCourses() {}

  public static CourseBuilder course() {
    return new CourseBuilder();
  }

  public static ModuleBuilder module(String id) {
    return new ModuleBuilder(id, "modules/" + id + ".md");
  }

  /** A module whose file name does not match its id (to test duplicate ids). */
  public static ModuleBuilder module(String id, String file) {
    return new ModuleBuilder(id, file);
  }

  /** A formative item in {@code items/<id>.yml}. */
  public static ItemBuilder item(String id) {
    return new ItemBuilder(id, "items/" + id + ".yml", false, "formative");
  }

  /** A summative item in {@code items/secure/<id>.yml}. */
  public static ItemBuilder secureItem(String id) {
    return new ItemBuilder(id, "items/secure/" + id + ".yml", true, "summative");
  }

  public static AssessmentBuilder assessment(String id) {
    return new AssessmentBuilder(id, "assessments/" + id + ".yml");
  }

  /** An assessment whose file name does not match its id (to test duplicate ids). */
  public static AssessmentBuilder assessment(String id, String file) {
    return new AssessmentBuilder(id, file);
  }

  public static SourceRef at(String file, int line) {
    return new SourceRef(file, line, 1);
  }

  static YamlMap emptyMap(SourceRef at) {
    return new YamlMap(List.of(), at);
  }

  /** Hands out successive lines of one file. */
  private static final class Lines {
    private final String file;
    private int next = 1;

    Lines(String file) {
      this.file = file;
    }

    SourceRef next() {
      return at(file, next++);
    }

    List<Ref> refs(String... ids) {
      List<Ref> refs = new ArrayList<>();
      for (String id : ids) {
        refs.add(new Ref(id, next()));
      }
      return refs;
    }
  }

  /** The whole course: program.yml, people.yml, coursekit.yml and the built parts. */
  public static final class CourseBuilder {
    private final Lines program = new Lines("program.yml");
    private final SourceRef programAt = program.next();
    private final Lines people = new Lines("people.yml");
    private final Lines config = new Lines("coursekit.yml");
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Ref> deliveryOrder = new ArrayList<>();
    private final List<Ref> requires = new ArrayList<>();
    private final List<Ref> panel = new ArrayList<>();
    private final List<Ref> reviewers = new ArrayList<>();
    private final List<Program.OutcomeMinimum> perOutcomeMinimum = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<CourseModule> modules = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<CourseConfig.RuleSetting> settings = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    public CourseBuilder outcome(String id) {
      SourceRef at = program.next();
      outcomes.add(
          new Outcome(
              id, "Perform a task", "apply", "cognitive", false, null, null, at, emptyMap(at)));
      return this;
    }

    public CourseBuilder person(String id) {
      SourceRef at = people.next();
      persons.add(
          new Person(id, "Name of " + id, List.of("sme"), List.of(), null, at, emptyMap(at)));
      return this;
    }

    /** Program {@code modules}: the delivery order. */
    public CourseBuilder deliveryOrder(String... moduleIds) {
      deliveryOrder.addAll(program.refs(moduleIds));
      return this;
    }

    public CourseBuilder requires(String... entries) {
      requires.addAll(program.refs(entries));
      return this;
    }

    public CourseBuilder panel(String... personIds) {
      panel.addAll(program.refs(personIds));
      return this;
    }

    public CourseBuilder reviewers(String... personIds) {
      reviewers.addAll(program.refs(personIds));
      return this;
    }

    public CourseBuilder perOutcomeMinimum(String outcomeId) {
      perOutcomeMinimum.add(
          new Program.OutcomeMinimum(new Ref(outcomeId, program.next()), BigDecimal.TEN));
      return this;
    }

    /** A module, and its inline quiz items as course items (as the loader does). */
    public CourseBuilder module(ModuleBuilder module) {
      CourseModule built = module.build();
      modules.add(built);
      built.quizzes().stream()
          .filter(q -> q.item() != null)
          .map(QuizBlock::item)
          .forEach(items::add);
      return this;
    }

    public CourseBuilder item(ItemBuilder item) {
      items.add(item.build());
      return this;
    }

    public CourseBuilder assessment(AssessmentBuilder assessment) {
      assessments.add(assessment.build());
      return this;
    }

    /** A coursekit.yml {@code rules:} entry with a severity word (or null) and no options. */
    /** Marks a file as one the loader could not read (encoding or YAML syntax error). */
    public CourseBuilder unreadable(String file) {
      unreadable.add(file);
      return this;
    }

    public CourseBuilder setting(String rule, String severity) {
      SourceRef at = config.next();
      settings.add(new CourseConfig.RuleSetting(rule, severity, null, at));
      return this;
    }

    /** A coursekit.yml {@code rules:} entry with one option, e.g. {@code min_items: 2}. */
    public CourseBuilder option(String rule, String key, String value) {
      SourceRef at = config.next();
      SourceRef valueAt = config.next();
      YamlMap options =
          new YamlMap(
              List.of(
                  new YamlMap.Entry(
                      key, valueAt, new YamlScalar(value, YamlScalar.Type.STRING, valueAt))),
              at);
      settings.add(new CourseConfig.RuleSetting(rule, null, options, at));
      return this;
    }

    public Course build() {
      Review review =
          reviewers.isEmpty()
              ? null
              : new Review(reviewers, null, "approved", null, null, null, reviewers.get(0).at());
      Program.PassingStandard standard =
          new Program.PassingStandard(
              BigDecimal.valueOf(80),
              "percent",
              "compensatory",
              "modified-angoff",
              null,
              null,
              panel,
              null,
              perOutcomeMinimum);
      Program built =
          new Program(
              "test-program",
              "Test program",
              "1.0.0",
              "draft",
              "en",
              "assessment-based-certificate",
              "A purpose",
              null,
              null,
              List.of(),
              true,
              null,
              null,
              outcomes,
              new Program.Completion(requires, standard, null),
              null,
              List.of(),
              null,
              review,
              null,
              null,
              null,
              List.of(),
              deliveryOrder,
              null,
              null,
              programAt,
              emptyMap(programAt));
      return new Course(
          Path.of("course"),
          built,
          persons,
          modules,
          items,
          assessments,
          List.of(),
          new CourseConfig("release", settings, null),
          unreadable);
    }
  }

  /** One module file, {@code modules/<id>.md}. */
  public static final class ModuleBuilder {
    private final String id;
    private final String file;
    private final Lines lines;
    private final SourceRef at;
    private final List<Ref> prerequisites = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<Ref> authors = new ArrayList<>();
    private final List<Ref> reviewers = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<QuizBlock> quizzes = new ArrayList<>();

    private ModuleBuilder(String id, String file) {
      this.id = id;
      this.file = file;
      this.lines = new Lines(file);
      this.at = lines.next();
    }

    public ModuleBuilder prerequisites(String... moduleIds) {
      prerequisites.addAll(lines.refs(moduleIds));
      return this;
    }

    public ModuleBuilder objective(String objectiveId, String... supports) {
      SourceRef objectiveAt = lines.next();
      objectives.add(
          new Objective(
              objectiveId,
              "Perform a task",
              "apply",
              lines.refs(supports),
              null,
              null,
              "cognitive",
              false,
              objectiveAt,
              emptyMap(objectiveAt)));
      return this;
    }

    public ModuleBuilder authors(String... personIds) {
      authors.addAll(lines.refs(personIds));
      return this;
    }

    public ModuleBuilder reviewers(String... personIds) {
      reviewers.addAll(lines.refs(personIds));
      return this;
    }

    /** A {@code lint.ignore} entry for {@code rule}. */
    public ModuleBuilder ignore(String rule) {
      suppressions.add(new Suppression(rule, "a reason", lines.next()));
      return this;
    }

    /** A heading with a {@code <!-- supports: … -->} comment. */
    public ModuleBuilder section(String title, String... objectiveIds) {
      SourceRef sectionAt = lines.next();
      sections.add(new Section(title, 2, lines.refs(objectiveIds), sectionAt));
      return this;
    }

    /** A quiz block with {@code ref: <itemId>}. */
    public ModuleBuilder quizRef(String itemId) {
      SourceRef blockAt = lines.next();
      quizzes.add(new QuizBlock(blockAt, null, new Ref(itemId, lines.next())));
      return this;
    }

    /** A quiz block holding a formative item inline. */
    public ModuleBuilder inlineQuiz(String itemId, String... objectiveIds) {
      SourceRef blockAt = lines.next();
      Item item =
          new ItemBuilder(itemId, file, false, "formative", lines).objectives(objectiveIds).build();
      quizzes.add(new QuizBlock(blockAt, item, null));
      return this;
    }

    CourseModule build() {
      Review review =
          reviewers.isEmpty()
              ? null
              : new Review(reviewers, null, "approved", null, null, null, reviewers.get(0).at());
      return new CourseModule(
          id,
          file,
          "Title of " + id,
          "1.0.0",
          60,
          prerequisites,
          objectives,
          authors,
          review,
          List.of(),
          false,
          suppressions,
          "",
          1,
          sections,
          quizzes,
          List.of(),
          List.of(),
          at,
          emptyMap(at));
    }
  }

  /** One assessment item, in its own file or inline in a module. */
  public static final class ItemBuilder {
    private final String id;
    private final String file;
    private final boolean secure;
    private final String use;
    private final Lines lines;
    private final SourceRef at;
    private final List<Ref> objectives = new ArrayList<>();
    private final List<Item.RubricCriterion> rubric = new ArrayList<>();
    private final List<Ref> authors = new ArrayList<>();
    private final List<Ref> reviewers = new ArrayList<>();

    private ItemBuilder(String id, String file, boolean secure, String use) {
      this(id, file, secure, use, new Lines(file));
    }

    private ItemBuilder(String id, String file, boolean secure, String use, Lines lines) {
      this.id = id;
      this.file = file;
      this.secure = secure;
      this.use = use;
      this.lines = lines;
      this.at = lines.next();
    }

    public ItemBuilder objectives(String... objectiveIds) {
      objectives.addAll(lines.refs(objectiveIds));
      return this;
    }

    public ItemBuilder rubricCriterion(String objectiveId) {
      rubric.add(
          new Item.RubricCriterion(
              "A criterion", BigDecimal.ONE, new Ref(objectiveId, lines.next())));
      return this;
    }

    public ItemBuilder authors(String... personIds) {
      authors.addAll(lines.refs(personIds));
      return this;
    }

    public ItemBuilder reviewers(String... personIds) {
      reviewers.addAll(lines.refs(personIds));
      return this;
    }

    Item build() {
      Review review =
          reviewers.isEmpty()
              ? null
              : new Review(reviewers, null, null, "approved", null, null, reviewers.get(0).at());
      return new Item(
          id,
          file,
          secure,
          rubric.isEmpty() ? "single" : "performance",
          use,
          objectives,
          "apply",
          "A stem?",
          List.of(),
          null,
          List.of(),
          List.of(),
          rubric,
          null,
          null,
          BigDecimal.ONE,
          null,
          authors,
          review,
          false,
          at,
          emptyMap(at));
    }
  }

  /** One summative assessment, {@code assessments/<id>.yml}. */
  public static final class AssessmentBuilder {
    private final String id;
    private final String file;
    private final Lines lines;
    private final SourceRef at;
    private final List<Assessment.BlueprintRow> blueprint = new ArrayList<>();

    private AssessmentBuilder(String id, String file) {
      this.id = id;
      this.file = file;
      this.lines = new Lines(file);
      this.at = lines.next();
    }

    public AssessmentBuilder blueprint(String objectiveId) {
      SourceRef rowAt = lines.next();
      blueprint.add(
          new Assessment.BlueprintRow(
              new Ref(objectiveId, rowAt), BigDecimal.valueOf(100), 1, rowAt));
      return this;
    }

    Assessment build() {
      return new Assessment(
          id,
          file,
          "summative",
          new Assessment.Delivery(60, true, "online"),
          new Assessment.Pool(List.of("items/secure/**"), 1),
          blueprint,
          null,
          at,
          emptyMap(at));
    }
  }
}
