package org.coursekit.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.commonmark.parser.Parser;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.markdown.MarkdownSyntax;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.CourseConfig;
import org.coursekit.model.CourseModule;
import org.coursekit.model.GlossaryEntry;
import org.coursekit.model.Item;
import org.coursekit.model.Person;
import org.coursekit.model.Program;
import org.coursekit.model.QuizBlock;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;
import org.coursekit.yaml.YamlReadResult;
import org.coursekit.yaml.YamlReader;

/**
 * Turns a course folder (course-format.md, version 1) into the immutable {@link Course} model plus
 * format findings. Every problem with the author's files is a finding, never an exception; each
 * file is read on its own, so one broken file does not hide the others.
 *
 * <p>Each file type has its own reader ({@link ProgramReader}, {@link ModuleReader}…) called from
 * {@link #load}; an optional file such as {@code references.bib} is supported by adding its reader
 * there and its result to the model.
 *
 * <p>Thread-safe: the loader holds only an immutable Markdown parser.
 */
public final class CourseLoader {

  /** Rules whose errors mean a file could not be read at all (encoding, YAML syntax). */
  private static final Set<String> UNREADABLE_RULES = Set.of("FMT-001", "FMT-002");

  private final Parser markdown = MarkdownSyntax.structureParser();

  public CourseLoader() {}

  /**
   * Loads the course in {@code courseRoot}.
   *
   * @throws IOException only when the folder itself is missing or cannot be listed; problems with
   *     the files in it are findings
   */
  public LoadResult load(Path courseRoot) throws IOException {
    if (!Files.exists(courseRoot)) {
      throw new NoSuchFileException(courseRoot.toString(), null, "course folder not found");
    }
    if (!Files.isDirectory(courseRoot)) {
      throw new NotDirectoryException(courseRoot.toString());
    }
    CourseFolder folder = new CourseFolder(courseRoot);
    List<Finding> findings = new ArrayList<>();

    Program program = program(folder, findings);
    List<Person> people =
        optionalYaml(
                folder,
                "people.yml",
                findings,
                (root, fields) -> new PeopleReader(new ModelFields(fields)).read(root))
            .orElse(List.of());
    List<CourseModule> modules = modules(folder, findings);
    List<Item> items = new ArrayList<>();
    items.addAll(items(folder, "items", false, findings));
    items.addAll(items(folder, "items/secure", true, findings));
    modules.stream()
        .flatMap(module -> module.quizzes().stream())
        .map(QuizBlock::item)
        .filter(Objects::nonNull)
        .forEach(items::add);
    List<Assessment> assessments = assessments(folder, findings);
    List<GlossaryEntry> glossary =
        optionalYaml(
                folder,
                "glossary.yml",
                findings,
                (root, fields) -> new GlossaryReader(fields).read(root))
            .orElse(List.of());
    CourseConfig config =
        optionalYaml(folder, "coursekit.yml", findings, (root, fields) -> config(root, fields))
            .orElse(CourseConfig.DEFAULTS);

    Course course =
        new Course(
            folder.root(),
            program,
            people,
            modules,
            items,
            assessments,
            glossary,
            config,
            unreadableFiles(findings));
    return new LoadResult(course, findings);
  }

  /** Files with an encoding or syntax error: their declarations are missing from the model. */
  private static List<String> unreadableFiles(List<Finding> findings) {
    return findings.stream()
        .filter(f -> UNREADABLE_RULES.contains(f.rule()) && f.severity() == Severity.ERROR)
        .map(f -> f.at().file())
        .distinct()
        .sorted()
        .toList();
  }

  /** program.yml is required; without a readable one the course has no program. */
  private Program program(CourseFolder folder, List<Finding> findings) {
    CourseFile file = folder.file("program.yml");
    if (!Files.isRegularFile(file.path())) {
      findings.add(
          Finding.error(
              "FMT-005",
              SourceRef.startOf(file.name()),
              "The course folder has no program.yml. Every course needs one: it describes the"
                  + " program (id, title, version, purpose, scope, intended_audience, outcomes,"
                  + " completion with its passing standard, certificate, review, policies and the"
                  + " list of modules). See course-format.md, section 2."));
      return null;
    }
    return guarded(
            file,
            findings,
            report ->
                requiredMapping(folder, file, report, "id: cgt-product-handling")
                    .map(
                        map ->
                            new ProgramReader(
                                    new ModelFields(new YamlFields(report)), folder, report)
                                .read(map)))
        .orElse(null);
  }

  private List<CourseModule> modules(CourseFolder folder, List<Finding> findings)
      throws IOException {
    ModuleReader reader = new ModuleReader(new ModuleBodyScanner(markdown, folder));
    return readEach(
        folder.list("modules", ".md"),
        findings,
        (file, report) -> folder.read(file, report).map(text -> reader.read(file, text, report)));
  }

  private List<Item> items(CourseFolder folder, String dir, boolean secure, List<Finding> findings)
      throws IOException {
    return readEach(
        folder.list(dir, ".yml"),
        findings,
        (file, report) ->
            requiredMapping(folder, file, report, "id: " + file.stem())
                .flatMap(
                    map ->
                        new ItemReader(new ModelFields(new YamlFields(report)))
                            .read(map, file.name(), secure, Optional.of(file.stem()))));
  }

  private List<Assessment> assessments(CourseFolder folder, List<Finding> findings)
      throws IOException {
    return readEach(
        folder.list("assessments", ".yml"),
        findings,
        (file, report) ->
            requiredMapping(folder, file, report, "id: " + file.stem())
                .map(
                    map ->
                        new AssessmentReader(new ModelFields(new YamlFields(report)))
                            .read(map, file)));
  }

  /**
   * Reads {@code files} (sorted) in parallel, each on its own with its own findings, and returns
   * what they hold and adds their findings in file order, so the result does not depend on which
   * file finished first. Files are independent, and a large course has thousands of them.
   */
  private static <T> List<T> readEach(
      List<CourseFile> files,
      List<Finding> findings,
      BiFunction<CourseFile, Consumer<Finding>, Optional<T>> read) {
    List<FileResult<T>> results =
        files.parallelStream()
            .map(
                file -> {
                  List<Finding> own = new ArrayList<>();
                  Optional<T> value = guarded(file, own, report -> read.apply(file, report));
                  return new FileResult<>(value, own);
                })
            .toList();
    List<T> values = new ArrayList<>();
    for (FileResult<T> result : results) {
      findings.addAll(result.findings());
      result.value().ifPresent(values::add);
    }
    return values;
  }

  /** What one file holds, if readable, and the findings about it. */
  private record FileResult<T>(Optional<T> value, List<Finding> findings) {}

  private static CourseConfig config(YamlNode root, YamlFields fields) {
    if (root instanceof YamlMap map) {
      return new ConfigReader(fields).read(map);
    }
    fields.wrongType(root, "coursekit.yml", "a mapping of keys", "profile: release");
    return CourseConfig.DEFAULTS;
  }

  /**
   * Reads an optional YAML file; empty when it is absent, empty or unreadable (the last reported).
   */
  private <T> Optional<T> optionalYaml(
      CourseFolder folder,
      String name,
      List<Finding> findings,
      BiFunction<YamlNode, YamlFields, T> reader) {
    CourseFile file = folder.file(name);
    if (!Files.isRegularFile(file.path())) {
      return Optional.empty();
    }
    return guarded(
        file,
        findings,
        report ->
            yamlRoot(folder, file, report).map(root -> reader.apply(root, new YamlFields(report))));
  }

  /**
   * The top-level mapping of a file that must hold one (an item or an assessment); empty, with a
   * finding, when the file is empty, unreadable or holds something else.
   */
  private static Optional<YamlMap> requiredMapping(
      CourseFolder folder, CourseFile file, Consumer<Finding> report, String exampleLine) {
    List<Finding> own = new ArrayList<>();
    Optional<YamlNode> root = yamlRoot(folder, file, own::add);
    own.forEach(report);
    if (root.isEmpty()) {
      if (own.isEmpty()) {
        report.accept(
            Finding.error(
                "FMT-003",
                SourceRef.startOf(file.name()),
                "This file is empty. Write its YAML, starting with `"
                    + exampleLine
                    + "`, or delete the file."));
      }
      return Optional.empty();
    }
    if (root.get() instanceof YamlMap map) {
      return Optional.of(map);
    }
    new YamlFields(report).wrongType(root.get(), file.name(), "a mapping of keys", exampleLine);
    return Optional.empty();
  }

  /** The YAML tree of a whole file; empty when the file is empty or unreadable (reported). */
  private static Optional<YamlNode> yamlRoot(
      CourseFolder folder, CourseFile file, Consumer<Finding> report) {
    return folder
        .read(file, report)
        .flatMap(
            text -> {
              YamlReadResult result = YamlReader.read(text, file.name(), 0);
              result.findings().forEach(report);
              return result.root();
            });
  }

  /**
   * Runs the reading of one file. The readers report problems as findings; should one of them, or a
   * parser under it, still fail on some unforeseen input, that becomes an FMT-002 finding at the
   * file instead of ending the whole build.
   */
  private static <T> Optional<T> guarded(
      CourseFile file, List<Finding> findings, Function<Consumer<Finding>, Optional<T>> work) {
    try {
      return work.apply(findings::add);
    } catch (RuntimeException | StackOverflowError e) {
      // StackOverflowError too: recursive parsers can exhaust the stack on pathological nesting.
      findings.add(
          Finding.error(
              "FMT-002",
              SourceRef.startOf(file.name()),
              "CourseKit could not finish reading this file ("
                  + e.getClass().getSimpleName()
                  + "), so findings about it may be incomplete. Check the file for unusual"
                  + " structure, and please report this problem to the CourseKit maintainers"
                  + " with the file attached."));
      return Optional.empty();
    }
  }
}
