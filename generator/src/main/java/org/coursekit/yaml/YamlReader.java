package org.coursekit.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coursekit.diag.Finding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML text into a positioned {@link YamlNode} tree. Never throws on bad input: syntax
 * errors, duplicate keys and oversized or alias-bomb texts all become findings.
 *
 * <p>SnakeYAML is used through its node API only ({@code compose}), so no Java objects are ever
 * constructed from the text.
 */
public final class YamlReader {

  /** Aliases of lists or mappings per text; course files need few, "billion laughs" need many. */
  public static final int MAX_ALIASES_FOR_COLLECTIONS = 50;

  public static final int MAX_NESTING_DEPTH = 50;

  /** 10 MB of text: far more than any course file, small enough to protect the build. */
  public static final int MAX_CODE_POINTS = 10 * 1024 * 1024;

  /** Headroom over the text length for the value budget of {@link NodeConverter}. */
  private static final int VALUE_MARGIN = 1_000;

  private YamlReader() {}

  /**
   * Reads {@code text}, a whole file or a part of one.
   *
   * @param file the file named in positions and findings, relative to the course folder
   * @param lineOffset how many file lines precede the first line of {@code text} (0 for a whole
   *     file, 1 for front matter after its opening {@code ---})
   */
  public static YamlReadResult read(String text, String file, int lineOffset) {
    return read(text, file, lineOffset, 0);
  }

  /**
   * As {@link #read(String, String, int)}, for text whose lines are also indented by {@code
   * columnOffset} columns in the file (a quiz block inside a list item).
   */
  public static YamlReadResult read(String text, String file, int lineOffset, int columnOffset) {
    YamlPositions positions = new YamlPositions(file, lineOffset, columnOffset);
    List<Finding> findings = new ArrayList<>();
    Node composed;
    try {
      // What Yaml.compose does, without building a whole Yaml (constructor, representer, dumper
      // settings) per text: a course has thousands of YAML files and quiz blocks.
      LoaderOptions options = loaderOptions();
      composed =
          new Composer(
                  new ParserImpl(new StreamReader(new StringReader(text)), options),
                  new Resolver(),
                  options)
              .getSingleNode();
    } catch (MarkedYAMLException e) {
      findings.add(Finding.error("FMT-002", positions.of(markOf(e)), syntaxMessage(e)));
      return new YamlReadResult(Optional.empty(), findings);
    } catch (YAMLException e) {
      findings.add(Finding.error("FMT-002", positions.start(), limitMessage(e)));
      return new YamlReadResult(Optional.empty(), findings);
    }
    if (composed == null) {
      return new YamlReadResult(Optional.empty(), findings);
    }
    NodeConverter converter = new NodeConverter(positions, findings, text.length() + VALUE_MARGIN);
    Optional<YamlNode> root = converter.convert(composed);
    return new YamlReadResult(root, findings);
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    // Duplicates are reported by NodeConverter, with both positions.
    options.setAllowDuplicateKeys(true);
    // `<<: *defaults` is resolved while composing, so merged keys look like written ones.
    options.setMergeOnCompose(true);
    return options;
  }

  /**
   * Where to point the author: the problem, except when the text simply ended too early (an
   * unclosed quote or bracket), where the construct that was never closed is more useful.
   */
  private static Mark markOf(MarkedYAMLException e) {
    boolean endedEarly = String.valueOf(e.getProblem()).contains("end of stream");
    return endedEarly && e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
  }

  private static String syntaxMessage(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "unexpected text" : e.getProblem().strip();
    String context = e.getContext() == null ? "" : e.getContext().strip();
    return SyntaxHelp.message(context, problem);
  }

  private static String limitMessage(YAMLException e) {
    String raw = String.valueOf(e.getMessage());
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.contains("aliases")) {
      return "This YAML uses more than "
          + MAX_ALIASES_FOR_COLLECTIONS
          + " aliases (`*name`) of lists or mappings, which CourseKit refuses to protect the build."
          + " Write the repeated values out instead of using aliases.";
    }
    if (lower.contains("nesting depth")) {
      return "This YAML is nested more than "
          + MAX_NESTING_DEPTH
          + " levels deep. Course files need only a few levels; check the indentation and"
          + " brackets.";
    }
    if (lower.contains("code points")) {
      return "This file is larger than CourseKit reads ("
          + MAX_CODE_POINTS / (1024 * 1024)
          + " MB of text). Split it into smaller files.";
    }
    return "The YAML cannot be read (" + raw.strip() + "). Check the indentation and quoting.";
  }
}
