package org.coursekit.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.ImageRef;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.model.QuizBlock;
import org.coursekit.model.Reference;
import org.coursekit.render.GlossaryLinker;
import org.coursekit.render.HtmlFragments;
import org.coursekit.render.MarkdownOptions;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.render.QuizSlots;
import org.coursekit.render.RenderedMarkdown;
import org.coursekit.render.TemplateRenderer;
import org.jsoup.nodes.Element;

/**
 * Builds module pages: objectives first, then the body with its formative quizzes and glossary
 * links, the module's references and previous/next links in delivery order.
 */
final class ModulePages {

  /** Rule id of an image without alt text; there is no catalogue rule for it. */
  static final String MISSING_ALT_RULE = "A11Y-001";

  private final MarkdownRenderer markdown;
  private final QuizViews quizViews;
  private final TemplateRenderer templates;
  private final GlossaryLinker glossary;
  private final Map<String, Item> itemsById = new HashMap<>();
  private final Set<String> summativeIds = new HashSet<>();

  /**
   * A module page, and the problems found while rendering it.
   *
   * @param findings in the order found
   */
  record Built(ModulePage page, List<Finding> findings) {}

  /**
   * @param glossary links glossary terms in bodies; null when the course has no glossary
   */
  ModulePages(
      Course course,
      MarkdownRenderer markdown,
      TemplateRenderer templates,
      GlossaryLinker glossary) {
    this.markdown = markdown;
    this.quizViews = new QuizViews(markdown);
    this.templates = templates;
    this.glossary = glossary;
    // Index maps, so placing a quiz does not scan every item of the course.
    for (Item item : course.items()) {
      itemsById.putIfAbsent(item.id(), item);
      if (item.summative()) {
        summativeIds.add(item.id());
      }
    }
  }

  /** The item of the course with {@code id}, or null. */
  Item item(String id) {
    return itemsById.get(id);
  }

  /** True when a summative item has {@code id}: a quiz block with it shows nothing. */
  boolean summative(String id) {
    return id != null && summativeIds.contains(id);
  }

  /** The name shared by a module's file, page and media folder: {@code m01-receipt}. */
  static String baseName(CourseModule module) {
    String file = module.file();
    if (file != null && !file.isBlank()) {
      String name = file.substring(file.lastIndexOf('/') + 1);
      return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
    return Objects.requireNonNullElse(module.id(), "module");
  }

  /** The module's page relative to the site root: {@code modules/m01-receipt.html}. */
  static String pagePath(CourseModule module) {
    return "modules/" + baseName(module) + ".html";
  }

  private static String sourceFile(CourseModule module) {
    return module.file() != null ? module.file() : "modules/" + baseName(module) + ".md";
  }

  static String title(CourseModule module) {
    if (module.title() != null && !module.title().isBlank()) {
      return module.title().strip();
    }
    return DisplayText.humanize(baseName(module));
  }

  /**
   * The page model of the module at {@code index} of {@code order}.
   *
   * @param disclosureHtml shown before the content of the first module, or null
   */
  Built build(List<CourseModule> order, int index, String disclosureHtml) {
    CourseModule module = order.get(index);
    String path = pagePath(module);
    String root = SitePaths.rootFrom(path);
    String body = module.body() == null ? "" : module.body();
    MarkdownRenderer.Tree rendered =
        markdown.renderTree(body, MarkdownOptions.page(new ModuleQuizzes(module)));
    List<Finding> findings = new ArrayList<>();
    reportMissingAlt(module, rendered.imagesWithoutAlt(), findings);
    Element content = rendered.body();
    if (glossary != null) {
      glossary.link(content, root + "glossary.html");
    }
    List<String> objectives =
        module.objectives().stream()
            .map(Objective::text)
            .filter(text -> text != null && !text.isBlank())
            .map(String::strip)
            .toList();
    ModulePage page =
        new ModulePage(
            title(module),
            module.version(),
            DisplayText.minutes(module.durationMinutes()),
            index + 1,
            order.size(),
            objectives,
            index == 0 ? disclosureHtml : null,
            HtmlFragments.serialize(content),
            module.references().stream().map(ModulePages::reference).toList(),
            index == 0 ? null : link(order.get(index - 1), root),
            index == order.size() - 1 ? null : link(order.get(index + 1), root));
    return new Built(page, findings);
  }

  /** The previous and next links of the module at {@code index}; part of its page's inputs. */
  static List<NavLink> neighbours(List<CourseModule> order, int index) {
    String root = SitePaths.rootFrom(pagePath(order.get(index)));
    List<NavLink> links = new ArrayList<>();
    links.add(index == 0 ? null : link(order.get(index - 1), root));
    links.add(index == order.size() - 1 ? null : link(order.get(index + 1), root));
    return links;
  }

  private static NavLink link(CourseModule module, String root) {
    return new NavLink(
        title(module),
        root + SitePaths.href(pagePath(module)),
        DisplayText.minutes(module.durationMinutes()),
        false);
  }

  private static ModulePage.ReferenceView reference(Reference reference) {
    List<String> details = new ArrayList<>();
    if (reference.year() != null) {
      details.add(String.valueOf(reference.year()));
    }
    if (reference.version() != null && !reference.version().isBlank()) {
      details.add(reference.version().strip());
    }
    String href = null;
    if (reference.url() != null && reference.url().matches("(?i)https?://\\S+")) {
      href = reference.url();
    } else if (reference.doi() != null && !reference.doi().isBlank()) {
      href = "https://doi.org/" + reference.doi().strip();
    }
    return new ModulePage.ReferenceView(
        Objects.requireNonNullElse(reference.citation(), ""),
        details.isEmpty() ? null : String.join(", ", details),
        href);
  }

  private static void reportMissingAlt(
      CourseModule module, List<RenderedMarkdown.MissingAlt> images, List<Finding> findings) {
    for (RenderedMarkdown.MissingAlt image : images) {
      int line = module.bodyLine() + image.line() - 1;
      SourceRef at =
          module.images().stream()
              .filter(ref -> ref.at().line() == line && image.source().equals(ref.src()))
              .map(ImageRef::at)
              .findFirst()
              .orElse(new SourceRef(sourceFile(module), Math.max(1, line), image.column()));
      findings.add(
          Finding.warning(
              MISSING_ALT_RULE,
              at,
              "The image "
                  + image.source()
                  + " has no alt text, so screen-reader users cannot know what it shows."
                  + " Describe it in the brackets, e.g. ![Dry shipper label with the COI number]("
                  + image.source()
                  + "), or, if it is purely decorative, keep the brackets empty and give it the"
                  + " title \"decorative\": ![]("
                  + image.source()
                  + " \"decorative\")."));
    }
  }

  /**
   * Places a module's quiz blocks: each {@code ```quiz} fence shows the {@link QuizBlock} the
   * loader found in it, matched by its line, so a block the loader could not read leaves only its
   * own fence empty instead of shifting every later quiz.
   */
  private final class ModuleQuizzes implements QuizSlots {
    private final CourseModule module;
    private int placed;

    ModuleQuizzes(CourseModule module) {
      this.module = module;
    }

    @Override
    public String render(int ordinal, int firstLine, int lastLine) {
      int first = module.bodyLine() + firstLine;
      int last = module.bodyLine() + lastLine;
      Optional<QuizBlock> block =
          module.quizzes().stream()
              .filter(q -> q.at().line() >= first && q.at().line() <= last)
              .findFirst();
      if (block.isEmpty()) {
        return "";
      }
      Optional<QuizView> view =
          publishableItem(block.get())
              .flatMap(item -> quizViews.build(item, "ck-quiz-" + (placed + 1)));
      if (view.isEmpty()) {
        return "";
      }
      placed++;
      return templates.render("quiz.ftlh", Map.of("quiz", view.get()));
    }
  }

  /**
   * The item a quiz block shows, unless it is summative (or shares its id with a summative item):
   * summative items never reach the site, and GEN-001/ASM-007 report the block.
   */
  private Optional<Item> publishableItem(QuizBlock block) {
    String id = block.itemId();
    if (summative(id)) {
      return Optional.empty();
    }
    Item item = block.item() != null ? block.item() : itemsById.get(id);
    return Optional.ofNullable(item).filter(candidate -> !candidate.summative());
  }
}
