package org.coursekit.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a corpus written by {@code scripts/gen-corpus.py} into a CourseKit course with the same
 * module bodies, so that CourseKit and the peers of {@code compare.sh} build the same text. Each
 * module gets front matter with its first 3 or 4 objectives (Bloom level from the verb, condition
 * and criterion from "apply" up, the outcome each supports), a {@code <!-- supports: -->} note
 * under the first sections, its quiz as {@code ```quiz} blocks (the first placed from {@code
 * items/} by {@code ref:}), its figure in the module's media folder and one summative item per
 * objective; the course gets a program with one outcome per Bloom level used, people, a glossary
 * and one unit exam with a blueprint per 20 modules. Deterministic.
 */
final class CorpusCourse {

  /** The corpus's verbs by Bloom level, in the order of the outcomes PO-1 to PO-6. */
  private static final Map<String, List<String>> BLOOM = new LinkedHashMap<>();

  static {
    BLOOM.put("remember", List.of("Define", "List", "Recall", "Identify", "Name", "Recognize"));
    BLOOM.put("understand", List.of("Explain", "Describe", "Summarize", "Classify", "Interpret"));
    BLOOM.put("apply", List.of("Apply", "Demonstrate", "Use", "Implement", "Carry out"));
    BLOOM.put("analyze", List.of("Analyze", "Compare", "Differentiate", "Examine", "Organize"));
    BLOOM.put("evaluate", List.of("Evaluate", "Justify", "Assess", "Critique", "Prioritize"));
    BLOOM.put("create", List.of("Design", "Construct", "Develop", "Formulate", "Plan"));
  }

  private static final List<String> LEVELS = List.copyOf(BLOOM.keySet());
  // (?d): only \n ends a line, as in the Python scripts that write the corpus.
  private static final Pattern FRONT_FIELD =
      Pattern.compile("(?d)^(id|title|duration_minutes):\\s*(.*)$");
  private static final Pattern OBJECTIVE_ID = Pattern.compile("(?d)^\\s+- id:\\s*(\\S+)");
  private static final Pattern OBJECTIVE_TEXT = Pattern.compile("(?d)^\\s+text:\\s*\"(.*)\"$");
  private static final Pattern SECTION = Pattern.compile("(?dm)^(## (?!Quiz).*)$");
  private static final Pattern FIGURE = Pattern.compile("\\(\\.\\./images/(fig-\\d\\.png)\\)");
  private static final Pattern QUESTION = Pattern.compile("(?d)^\\d+\\. (.*)$");
  private static final Pattern OPTION = Pattern.compile("(?d)^\\s+- \\[( |x)\\] (.*)$");
  private static final String QUIZ = "\n## Quiz\n";

  private final Path corpus;
  private final CourseFiles files;

  private CorpusCourse(Path corpus, Path root) {
    this.corpus = corpus;
    this.files = new CourseFiles(root);
  }

  /** Writes the course of the corpus in {@code corpus} into {@code root}; returns a summary. */
  static String write(Path corpus, Path root) throws IOException {
    return new CorpusCourse(corpus, root).writeAll();
  }

  private record Objective(String id, String text, String level) {}

  private record Written(String id, int minutes, List<String> levels) {}

  private String writeAll() throws IOException {
    List<Path> names;
    try (Stream<Path> listing = Files.list(corpus.resolve("modules"))) {
      names = listing.sorted().toList();
    }
    List<String> ids = new ArrayList<>();
    int minutes = 0;
    TreeSet<String> levels = new TreeSet<>();
    List<List<String>> units = new ArrayList<>();
    for (int n = 0; n < names.size(); n++) {
      if (n % CourseFiles.UNIT_SIZE == 0) {
        units.add(new ArrayList<>());
      }
      Written module = writeModule(names.get(n), units.get(units.size() - 1));
      ids.add(module.id());
      minutes += module.minutes();
      levels.addAll(module.levels());
    }
    List<String> exams = new ArrayList<>();
    for (int u = 1; u <= units.size(); u++) {
      String id = String.format(Locale.ROOT, "unit-%03d", u);
      List<String> objectives = units.get(u - 1);
      List<String> pool =
          objectives.stream().map(o -> quoted("items/secure/S-" + o + ".yml")).toList();
      files.unitExam(
          id,
          60,
          "{ include: [" + String.join(", ", pool) + "], draw: " + objectives.size() + " }",
          objectives,
          1);
      exams.add("assessment:" + id);
    }
    StringBuilder outcomes = new StringBuilder();
    for (int k = 1; k <= LEVELS.size(); k++) {
      String level = LEVELS.get(k - 1);
      if (levels.contains(level)) {
        outcomes.append("  - id: PO-").append(k).append('\n');
        outcomes
            .append("    text: ")
            .append(quoted(BLOOM.get(level).get(0) + " the site procedures of the library at work"))
            .append('\n');
        outcomes.append("    bloom_level: ").append(level).append('\n');
        if (k >= 3) {
          outcomes.append("    condition: Given the site procedures and records\n");
          outcomes.append("    criterion: No critical errors on the unit exams\n");
        }
      }
    }
    files.program(outcomes.toString(), exams, hours(minutes), "", ids);
    files.people(
        List.of(new CourseFiles.Person("author-a", "A. Author, MSc", "author, planner")));
    writeGlossary();
    files.documents();
    files.write(
        "coursekit.yml", "profile: release\nrules:\n  ASM-003: { min_items_per_objective: 1 }\n");
    return ids.size() + " modules, " + minutes + " minutes -> " + files.root();
  }

  /** Hours to two places, written as Python's {@code round(minutes / 60, 2)} prints them. */
  private static String hours(int minutes) {
    BigDecimal hours =
        BigDecimal.valueOf(minutes)
            .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    return hours.scale() <= 0 ? hours.setScale(1).toPlainString() : hours.toPlainString();
  }

  private Written writeModule(Path file, List<String> unitObjectives) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int end = text.indexOf("\n---\n", 4);
    Map<String, String> front = new LinkedHashMap<>();
    List<String[]> declared = new ArrayList<>();
    for (String line : text.substring(4, end).split("\n", -1)) {
      Matcher field = FRONT_FIELD.matcher(line);
      if (field.find()) {
        front.put(field.group(1), stripQuotes(field.group(2).strip()));
      }
      Matcher id = OBJECTIVE_ID.matcher(line);
      if (id.find()) {
        declared.add(new String[] {id.group(1), null});
      }
      Matcher objectiveText = OBJECTIVE_TEXT.matcher(line);
      if (objectiveText.find()) {
        declared.get(declared.size() - 1)[1] = objectiveText.group(1);
      }
    }
    String body = text.substring(end + 5);
    String id = front.get("id");
    String title = front.get("title");
    List<Objective> objectives = new ArrayList<>();
    for (String[] objective : declared.subList(0, Math.min(4, declared.size()))) {
      String statement = objective[1];
      String verb = statement.split("\\s+")[0];
      if (levelOf(statement).equals("create")) {
        // One single-choice item cannot measure Create (LO-009).
        statement = "Evaluate" + statement.substring(verb.length());
      }
      objectives.add(new Objective(objective[0], statement, levelOf(statement)));
    }

    List<String> fm = new ArrayList<>();
    fm.add("---");
    fm.add("id: " + id);
    fm.add("title: " + quoted(title));
    fm.add("version: 1.0.0");
    fm.add("duration_minutes: " + front.get("duration_minutes"));
    fm.add("prerequisites: []");
    fm.add("objectives:");
    for (Objective o : objectives) {
      int outcome = LEVELS.indexOf(o.level());
      fm.add("  - id: " + o.id());
      fm.add("    text: " + quoted(o.text()));
      fm.add("    bloom_level: " + o.level());
      fm.add("    supports: [PO-" + (outcome + 1) + "]");
      if (outcome >= 2) {
        fm.add("    condition: Given the site procedures and records");
        fm.add("    criterion: With no critical errors and every record complete");
      }
    }
    fm.add("authors: [author-a]");
    fm.add("review: " + CourseFiles.REVIEW);
    fm.add("references:");
    fm.add("  - citation: \"Site guidance for " + title + "\"");
    fm.add("    year: 2025");
    fm.add("    url: https://example.org/guidance/" + id);
    fm.add("    version: rev 2");
    fm.add("ai_assisted: false");
    fm.add("---");
    fm.add("");

    // Each objective is taught in one of the first sections; the quiz practises the rest.
    Iterator<Objective> sections = objectives.iterator();
    body =
        SECTION
            .matcher(body)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        m.group(1)
                            + (sections.hasNext()
                                ? "\n<!-- supports: " + sections.next().id() + " -->"
                                : "")));
    StringBuilder notes = new StringBuilder();
    sections.forEachRemaining(
        o ->
            notes
                .append("### Practise ")
                .append(o.id())
                .append("\n<!-- supports: ")
                .append(o.id())
                .append(" -->\n\nThe quiz below practises this objective.\n\n"));
    if (notes.length() > 0) {
      int quiz = body.indexOf(QUIZ);
      if (quiz >= 0) {
        body = body.substring(0, quiz) + "\n" + notes + body.substring(quiz + 1);
      }
    }
    Matcher figure = FIGURE.matcher(body);
    if (figure.find()) {
      Path media = Files.createDirectories(files.root().resolve("modules").resolve(id));
      Files.copy(corpus.resolve("images").resolve(figure.group(1)), media.resolve(figure.group(1)));
      body = body.replace("../images/", id + "/");
    }
    body = convertQuiz(body, id, objectives.get(0));
    files.write("modules/" + id + ".md", String.join("\n", fm) + body);

    for (Objective o : objectives) {
      String item = "S-" + o.id();
      String stem =
          "During "
              + title.toLowerCase(Locale.ROOT)
              + ", which record must be complete before sign-off for "
              + o.id()
              + "?";
      files.write(
          "items/secure/" + item + ".yml",
          String.join(
              "\n",
              "id: " + item,
              "type: single",
              "use: summative",
              "objectives: [" + o.id() + "]",
              "bloom_level: " + o.level(),
              "stem: " + quoted(stem),
              "options:",
              "  - text: The step log",
              "    correct: true",
              "  - text: The visitor book",
              "  - text: The shift rota",
              "  - text: The canteen menu",
              "rationale: Only the step log records each step and who did it.",
              "points: 1",
              "source: { reference: \"Site guidance for " + title + ", section 2\" }",
              "authors: [author-a]",
              "review: " + CourseFiles.ITEM_REVIEW,
              "ai_assisted: false",
              ""));
      unitObjectives.add(o.id());
    }
    return new Written(
        id,
        Integer.parseInt(front.get("duration_minutes")),
        objectives.stream().map(Objective::level).toList());
  }

  /** The corpus's quiz list as {@code ```quiz} blocks; the first question moves to items/. */
  private String convertQuiz(String body, String module, Objective objective) throws IOException {
    int at = body.indexOf(QUIZ);
    String head = at < 0 ? body : body.substring(0, at);
    String quiz = at < 0 ? "" : body.substring(at + QUIZ.length());
    List<String> stems = new ArrayList<>();
    List<List<String[]>> options = new ArrayList<>();
    for (String line : quiz.split("\n", -1)) {
      Matcher question = QUESTION.matcher(line);
      if (question.find()) {
        stems.add(question.group(1));
        options.add(new ArrayList<>());
      }
      Matcher option = OPTION.matcher(line);
      if (option.find() && !options.isEmpty()) {
        options.get(options.size() - 1).add(new String[] {option.group(2), option.group(1)});
      }
    }
    List<String> out = new ArrayList<>(List.of(head.replaceAll("\n+$", ""), "", "## Quiz", ""));
    for (int n = 1; n <= stems.size(); n++) {
      String id = "F-" + module + "-" + n;
      List<String> fields = quizFields(id, objective, stems.get(n - 1), options.get(n - 1), module);
      if (n == 1) {
        files.write("items/" + id + ".yml", String.join("\n", fields) + "\n");
        fields = List.of("ref: " + id);
      }
      out.add("```quiz");
      out.addAll(fields);
      out.add("```");
      out.add("");
    }
    return String.join("\n", out);
  }

  private static List<String> quizFields(
      String id, Objective objective, String stem, List<String[]> options, String module) {
    List<String> out = new ArrayList<>();
    out.add("id: " + id);
    out.add("type: single");
    out.add("use: formative");
    out.add("objectives: [" + objective.id() + "]");
    out.add("bloom_level: " + objective.level());
    out.add("stem: " + quoted(stem));
    out.add("options:");
    for (String[] option : options) {
      out.add("  - text: " + quoted(option[0]));
      if (option[1].equals("x")) {
        out.add("    correct: true");
        out.add("    feedback: Correct. This is the record the procedure names.");
      } else {
        out.add("    feedback: Not quite. Check the procedure again.");
      }
    }
    out.add("rationale: The procedure names this record.");
    out.add("points: 1");
    out.add("source: { reference: \"Course module " + module + " v1.0.0\" }");
    out.add("authors: [author-a]");
    out.add("review: " + CourseFiles.ITEM_REVIEW);
    out.add("ai_assisted: false");
    return out;
  }

  private void writeGlossary() throws IOException {
    Map<String, String> abbreviations =
        Map.of("Lockout tagout", "LOTO", "Root cause analysis", "RCA");
    StringBuilder text = new StringBuilder();
    for (String term :
        List.of(
            "Lockout tagout",
            "Root cause analysis",
            "Hazard communication",
            "Risk assessment",
            "Change management",
            "Access management",
            "Confined space entry",
            "Incident reporting")) {
      text.append("- term: ").append(term).append('\n');
      if (abbreviations.containsKey(term)) {
        text.append("  abbreviation: ").append(abbreviations.get(term)).append('\n');
      }
      text.append("  definition: The procedures, records and checks a site uses for ")
          .append(term.toLowerCase(Locale.ROOT))
          .append(".\n\n");
    }
    files.write("glossary.yml", text.toString());
  }

  /** The Bloom level of an objective from its verb (one or two words); understand otherwise. */
  private static String levelOf(String statement) {
    String[] words = statement.strip().split("\\s+");
    for (int n = 2; n >= 1; n--) {
      if (words.length >= n) {
        String verb = String.join(" ", List.of(words).subList(0, n));
        for (Map.Entry<String, List<String>> level : BLOOM.entrySet()) {
          if (level.getValue().contains(verb)) {
            return level.getKey();
          }
        }
      }
    }
    return "understand";
  }

  /** A YAML double-quoted scalar. */
  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String stripQuotes(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '"') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '"') {
      end--;
    }
    return text.substring(start, end);
  }
}
