package org.coursekit.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.markdown.MarkdownSyntax;
import org.coursekit.model.ImageRef;
import org.coursekit.model.Item;
import org.coursekit.model.QuizBlock;
import org.coursekit.model.RawMarkup;
import org.coursekit.model.Ref;
import org.coursekit.model.Section;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlReadResult;
import org.coursekit.yaml.YamlReader;

/**
 * Finds the sections (with their {@code <!-- supports: … -->} comments), quiz blocks, images and
 * raw markup of a module body. CommonMark positions are 0-based and relative to the body; every
 * position reported here is a 1-based line and column of the module file.
 */
final class ModuleBodyScanner {

  /** An HTML comment that is meant as a supports comment, written well or not. */
  private static final Pattern SUPPORTS_INTENT =
      Pattern.compile("^\\s*<!--\\s*supports\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern SUPPORTS =
      Pattern.compile(
          "^\\s*<!--\\s*supports\\s*:(.*?)-->\\s*$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
  private static final String SUPPORTS_EXAMPLE = "<!-- supports: LO-M01-1, LO-M01-2 -->";
  private static final String QUIZ_INFO = "quiz";

  private final Parser parser;
  private final CourseFolder folder;

  /**
   * @param parser the one CourseKit Markdown dialect, {@code MarkdownSyntax.structureParser()} (or
   *     {@code parser()})
   */
  ModuleBodyScanner(Parser parser, CourseFolder folder) {
    this.parser = parser;
    this.folder = folder;
  }

  ModuleBody scan(String body, int bodyLine, CourseFile file, Consumer<Finding> report) {
    return new Scan(bodyLine, file, report).run(parser.parse(body));
  }

  /** The state of scanning one body. */
  private final class Scan {
    private final int bodyLine;
    private final CourseFile file;
    private final Consumer<Finding> report;
    private final ModelFields model;
    private final List<Section> sections = new ArrayList<>();
    private final List<QuizBlock> quizzes = new ArrayList<>();
    private final List<ImageRef> images = new ArrayList<>();
    private final List<RawMarkup> markup = new ArrayList<>();
    private final Set<Node> attachedComments = Collections.newSetFromMap(new IdentityHashMap<>());

    Scan(int bodyLine, CourseFile file, Consumer<Finding> report) {
      this.bodyLine = bodyLine;
      this.file = file;
      this.report = report;
      this.model = new ModelFields(new YamlFields(report));
    }

    ModuleBody run(Node document) {
      // Iterative pre-order walk: deeply nested Markdown must not overflow the stack.
      Deque<Node> pending = new ArrayDeque<>();
      pending.push(document);
      while (!pending.isEmpty()) {
        Node node = pending.pop();
        visit(node);
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
          pending.push(child);
        }
      }
      return new ModuleBody(sections, quizzes, images, markup);
    }

    private void visit(Node node) {
      MarkdownSyntax.markup(node, this::at).ifPresent(markup::add);
      if (node instanceof Heading heading) {
        sections.add(section(heading));
      } else if (node instanceof HtmlBlock html
          && !attachedComments.contains(html)
          && SUPPORTS_INTENT.matcher(html.getLiteral()).find()) {
        report.accept(
            Finding.error(
                "FMT-003",
                at(html),
                "This supports comment is not directly under a heading, so it belongs to no"
                    + " section. Move it to the line right after the heading it describes."));
      } else if (node instanceof FencedCodeBlock code && isQuiz(code)) {
        quiz(code).ifPresent(quizzes::add);
      } else if (node instanceof Image image) {
        images.add(image(image));
      } else if (node instanceof Link link && escapes(link.getDestination())) {
        report.accept(escape(at(link), "The link target", link.getDestination(), "file"));
      }
    }

    private Section section(Heading heading) {
      List<Ref> supports = List.of();
      if (heading.getNext() instanceof HtmlBlock html
          && SUPPORTS_INTENT.matcher(html.getLiteral()).find()) {
        attachedComments.add(html);
        supports = supports(html);
      }
      return new Section(plainText(heading), heading.getLevel(), supports, at(heading));
    }

    /** The ids of a supports comment, each at its own line and column; FMT-003 if malformed. */
    private List<Ref> supports(HtmlBlock html) {
      String literal = html.getLiteral();
      Matcher comment = SUPPORTS.matcher(literal);
      List<Ref> refs = new ArrayList<>();
      boolean wellFormed = comment.matches() && !comment.group(1).isBlank();
      if (wellFormed) {
        for (String part : comment.group(1).split(",", -1)) {
          wellFormed &= ID.matcher(part.strip()).matches();
        }
      }
      if (!wellFormed) {
        report.accept(
            Finding.error(
                "FMT-003",
                at(html),
                "This supports comment cannot be read. Write the objective ids after"
                    + " `supports:`, separated by commas, e.g. `"
                    + SUPPORTS_EXAMPLE
                    + "`."));
        return refs;
      }
      SourceRef start = at(html);
      Matcher id = ID.matcher(literal);
      id.region(comment.start(1), comment.end(1));
      while (id.find()) {
        refs.add(new Ref(id.group(), offsetWithin(start, literal, id.start())));
      }
      return refs;
    }

    private boolean isQuiz(FencedCodeBlock code) {
      String info = code.getInfo() == null ? "" : code.getInfo().strip();
      return info.split("\\s+", 2)[0].equals(QUIZ_INFO);
    }

    /** The block's item or {@code ref}; empty (reported) when it holds neither. */
    private Optional<QuizBlock> quiz(FencedCodeBlock code) {
      SourceRef fence = at(code);
      // The YAML starts on the line after the opening fence, indented like the fence.
      YamlReadResult yaml =
          YamlReader.read(code.getLiteral(), file.name(), fence.line(), fence.column() - 1);
      yaml.findings().forEach(report);
      if (yaml.root().isEmpty()) {
        if (yaml.findings().isEmpty()) {
          report.accept(
              Finding.error(
                  "FMT-003",
                  fence,
                  "This quiz block is empty. Write an item in it (id, type, stem, options…) or"
                      + " `ref: <item-id>` to show an item from items/."));
        }
        return Optional.empty();
      }
      if (!(yaml.root().get() instanceof YamlMap map)) {
        model.fields().wrongType(yaml.root().get(), "A quiz block", "a mapping", "id: Q-M01-F1");
        return Optional.empty();
      }
      if (map.has("ref")) {
        model.fields().checkKeys(map, FormatKeys.QUIZ_REF);
        Ref ref = model.ref(map, "ref", "Q-0142");
        return Optional.ofNullable(ref).map(r -> new QuizBlock(fence, null, r));
      }
      Optional<Item> item = new ItemReader(model).read(map, file.name(), false, Optional.empty());
      return item.map(i -> new QuizBlock(fence, i, null));
    }

    /** The image as written; a local file that does not exist is reported (FMT-005). */
    private ImageRef image(Image image) {
      String src = image.getDestination();
      SourceRef at = at(image);
      if (escapes(src)) {
        report.accept(escape(at, "The image", src, "image"));
      } else if (!CourseFolder.isUrl(src)
          && !src.isEmpty()
          && !src.startsWith("#")
          && !exists(src)) {
        report.accept(
            Finding.error(
                "FMT-005",
                at,
                "The image `"
                    + src
                    + "` does not exist. Image paths are relative to the module file's folder,"
                    + " e.g. `![Dry shipper label](m01-receipt/label.png)` for"
                    + " modules/m01-receipt/label.png; check the folder and file name (letter"
                    + " case counts)."));
      }
      return new ImageRef(src, plainText(image), image.getTitle(), at);
    }

    /**
     * Whether a local target (without its {@code #fragment} or {@code ?query}), as written or
     * percent-decoded, lies outside the course folder or leads there through a symbolic link.
     */
    private boolean escapes(String target) {
      if (target == null || target.isEmpty() || target.startsWith("#")) {
        return false;
      }
      Path moduleFolder = file.path().getParent();
      String path = pathPart(target);
      return folder.escapes(moduleFolder, path)
          || folder.escapes(moduleFolder, percentDecoded(path));
    }

    private Finding escape(SourceRef at, String what, String target, String kind) {
      return Finding.error(
          CourseFolder.ESCAPE_RULE,
          at,
          what
              + " `"
              + target
              + "` lies outside the course folder (or reaches it through a symbolic link), so it"
              + " is never read or published and the site would show a broken "
              + kind
              + ". Copy the "
              + kind
              + " into the course, e.g. under modules/"
              + file.stem()
              + "/, and point to it there.");
    }

    /** Whether {@code src}, as written or percent-decoded ({@code %20}), names a file. */
    private boolean exists(String src) {
      Path moduleFolder = file.path().getParent();
      String path = pathPart(src);
      return folder.isFile(moduleFolder, path) || folder.isFile(moduleFolder, percentDecoded(path));
    }

    /** Where {@code node} starts in the module file. */
    private SourceRef at(Node node) {
      List<SourceSpan> spans = node.getSourceSpans();
      if (spans.isEmpty()) {
        return new SourceRef(file.name(), bodyLine, 1);
      }
      SourceSpan first = spans.get(0);
      return new SourceRef(
          file.name(), bodyLine + first.getLineIndex(), first.getColumnIndex() + 1);
    }
  }

  /** The position of {@code offset} in {@code literal}, a text that starts at {@code start}. */
  private static SourceRef offsetWithin(SourceRef start, String literal, int offset) {
    int lineBreaks = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (literal.charAt(i) == '\n') {
        lineBreaks++;
        lineStart = i + 1;
      }
    }
    return new SourceRef(
        start.file(), start.line() + lineBreaks, start.column() + (offset - lineStart));
  }

  /** The readable text of a heading or an image's alt text. */
  private static String plainText(Node node) {
    StringBuilder text = new StringBuilder();
    appendText(node, text);
    return text.toString().strip();
  }

  private static void appendText(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        text.append(t.getLiteral());
      } else if (child instanceof Code c) {
        text.append(c.getLiteral());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        text.append(' ');
      } else {
        appendText(child, text);
      }
    }
  }

  /** A link destination without its {@code ?query} and {@code #fragment}. */
  private static String pathPart(String src) {
    int cut = src.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = src.indexOf(stop);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return src.substring(0, cut);
  }

  /** {@code my%20image.png} as {@code my image.png}; the text unchanged if it is not a URI path. */
  private static String percentDecoded(String path) {
    try {
      String decoded = new URI(path).getPath();
      return decoded == null ? path : decoded;
    } catch (URISyntaxException notEncoded) {
      return path;
    }
  }
}
