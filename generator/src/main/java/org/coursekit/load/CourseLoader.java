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
import java.util.concurrent.ConcurrentHashMap;
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
   * Loads the course in {@code courseRoot}, reading every file.
   *
   * @throws IOException only when the folder itself is missing or cannot be listed; problems with
   *     the files in it are findings
   */
  public LoadResult load(Path courseRoot) throws IOException {
    return loadWith(courseRoot, null);
  }

  /**
   * Loads the course in {@code courseRoot} like {@link #load(Path)}, taking the module, item and
   * assessment files whose bytes and referenced paths did not change from {@code cache}, and
   * keeping the others there for the next load. The result is the same as without a cache.
   *
   * @throws IOException only when the folder itself is missing or cannot be listed
   */
  public LoadResult load(Path courseRoot, LoadCache cache) throws IOException {
    Objects.requireNonNull(cache, "cache");
    return loadWith(courseRoot, cache);
  }

  private LoadResult loadWith(Path courseRoot, LoadCache cache) throws IOException {
    if (!Files.exists(courseRoot)) {
      throw new NoSuchFileException(courseRoot.toString(), null, "course folder not found");
    }
    if (!Files.isDirectory(courseRoot)) {
      throw new NotDirectoryException(courseRoot.toString());
    }
    CourseFolder folder = new CourseFolder(courseRoot);
    FileReads reads = new FileReads(folder, cache);
    List<Finding> findings = new ArrayList<>();

    Program program = program(folder, findings);
    List<Person> people =
        optionalYaml(
                folder,
                "people.yml",
                findings,
                (root, fields) -> new PeopleReader(new ModelFields(fields)).read(root))
            .orElse(List.of());
    List<CourseModule> modules = modules(reads, findings);
    List<Item> items = new ArrayList<>();
    items.addAll(items(reads, "items", false, findings));
    items.addAll(items(reads, "items/secure", true, findings));
    modules.stream()
        .flatMap(module -> module.quizzes().stream())
        .map(QuizBlock::item)
        .filter(Objects::nonNull)
        .forEach(items::add);
    List<Assessment> assessments = assessments(reads, findings);
    reads.forgetUnlisted();
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
                folder
                    .read(file, report)
                    .flatMap(
                        text -> requiredMapping(file, text, report, "id: cgt-product-handling"))
                    .map(
                        map ->
                            new ProgramReader(
                                    new ModelFields(new YamlFields(report)), folder, report)
                                .read(map)))
        .orElse(null);
  }

  private List<CourseModule> modules(FileReads reads, List<Finding> findings) throws IOException {
    return reads.readEach(
        "modules",
        ".md",
        findings,
        // Each file gets its own reader: the folder it asks about images may record the questions.
        (file, text, folder, report) ->
            Optional.of(
                new ModuleReader(new ModuleBodyScanner(markdown, folder))
                    .read(file, text, report)));
  }

  private static List<Item> items(
      FileReads reads, String dir, boolean secure, List<Finding> findings) throws IOException {
    return reads.readEach(
        dir,
        ".yml",
        findings,
        (file, text, folder, report) ->
            requiredMapping(file, text, report, "id: " + file.stem())
                .flatMap(
                    map ->
                        new ItemReader(new ModelFields(new YamlFields(report)))
                            .read(map, file.name(), secure, Optional.of(file.stem()))));
  }

  private static List<Assessment> assessments(FileReads reads, List<Finding> findings)
      throws IOException {
    return reads.readEach(
        "assessments",
        ".yml",
        findings,
        (file, text, folder, report) ->
            requiredMapping(file, text, report, "id: " + file.stem())
                .map(
                    map ->
                        new AssessmentReader(new ModelFields(new YamlFields(report)))
                            .read(map, file)));
  }

  /** Reads the text of one course file; {@code folder} answers its questions about other paths. */
  @FunctionalInterface
  private interface TextReader<T> {
    Optional<T> read(CourseFile file, String text, CourseFolder folder, Consumer<Finding> report);
  }

  /**
   * Reads the many files of a course folder (modules, items, assessments), each on its own, through
   * the load cache when there is one.
   */
  private static final class FileReads {
    private final CourseFolder folder;
    private final LoadCache cache; // null: every file is read
    private final Set<Path> listed = ConcurrentHashMap.newKeySet();

    FileReads(CourseFolder folder, LoadCache cache) {
      this.folder = folder;
      this.cache = cache;
    }

    /**
     * Reads the files of {@code dir} ending in {@code extension} (sorted) in parallel, each on its
     * own with its own findings, and returns what they hold and adds their findings in file order,
     * so the result does not depend on which file finished first. Files are independent, and a
     * large course has thousands of them.
     */
    <T> List<T> readEach(String dir, String extension, List<Finding> findings, TextReader<T> read)
        throws IOException {
      List<CourseFile> files = folder.list(dir, extension);
      files.forEach(file -> listed.add(file.path()));
      List<FileResult<T>> results =
          files.parallelStream().map(file -> readOne(file, read)).toList();
      List<T> values = new ArrayList<>();
      for (FileResult<T> result : results) {
        findings.addAll(result.findings());
        result.value().ifPresent(values::add);
      }
      return values;
    }

    private <T> FileResult<T> readOne(CourseFile file, TextReader<T> read) {
      List<Finding> unread = new ArrayList<>();
      Optional<byte[]> bytes = guarded(file, unread, report -> folder.bytes(file, report));
      if (bytes.isEmpty()) {
        // Not cached: whether the file can be read at all is asked again every time.
        return new FileResult<>(Optional.empty(), unread);
      }
      Function<CourseFolder, FileResult<T>> parse =
          asked -> {
            List<Finding> own = new ArrayList<>();
            Optional<T> value =
                guarded(
                    file,
                    own,
                    report ->
                        TextDecoder.decode(bytes.get(), file.name(), report)
                            .flatMap(text -> read.read(file, text, asked, report)));
            return new FileResult<>(value, own);
          };
      return cache == null ? parse.apply(folder) : cache.result(file, bytes.get(), folder, parse);
    }

    /** Lets the cache drop the files that are gone since the last load. */
    void forgetUnlisted() {
      if (cache != null) {
        cache.retainOnly(folder.root(), listed);
      }
    }
  }

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
            folder
                .read(file, report)
                .flatMap(text -> yamlRoot(file, text, report))
                .map(root -> reader.apply(root, new YamlFields(report))));
  }

  /**
   * The top-level mapping of a file that must hold one (an item or an assessment); empty, with a
   * finding, when the file is empty, unreadable or holds something else.
   */
  private static Optional<YamlMap> requiredMapping(
      CourseFile file, String text, Consumer<Finding> report, String exampleLine) {
    List<Finding> own = new ArrayList<>();
    Optional<YamlNode> root = yamlRoot(file, text, own::add);
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

  /** The YAML tree of a whole file; empty when the file is empty or not YAML (reported). */
  private static Optional<YamlNode> yamlRoot(
      CourseFile file, String text, Consumer<Finding> report) {
    YamlReadResult result = YamlReader.read(text, file.name(), 0);
    result.findings().forEach(report);
    return result.root();
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
