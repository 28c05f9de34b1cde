package org.coursekit.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coursekit.diag.Finding;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.QuizBlock;
import org.coursekit.render.TemplateRenderer;
import org.coursekit.site.RenderedSiteChecks.PageFacts;

/**
 * Writes one module page, or puts the cached one in its place when nothing it is made from has
 * changed. The cache key covers every input of the page: the module file, the items its quizzes
 * place, the glossary, the page frame (course title and version, language, navigation, build date),
 * the previous and next modules, the disclosure on the first page, the templates, the course's HTML
 * settings and the toolkit itself. Thread-safe: pages are written in parallel.
 */
final class ModulePageWriter {

  /** Raised when a cached page's format changes, so old entries are not read. */
  private static final String FORMAT = "coursekit-module-page-1";

  /**
   * A written module page: its path in the site, what the site checks need to know about it and the
   * problems found while rendering it.
   */
  record Written(String path, PageFacts facts, List<Finding> findings) {}

  private final Course course;
  private final List<CourseModule> order;
  private final ModulePages pages;
  private final PageFrames frames;
  private final TemplateRenderer templates;
  private final PageInspector inspector;
  private final String disclosure;
  private final PageCache cache;
  private final String buildKey;

  /**
   * @param cache the cache to use, or null to render every page
   * @param buildKey a hash of what every page depends on alike (toolkit, templates, glossary,
   *     course settings, the landing page's name)
   */
  ModulePageWriter(
      Course course,
      List<CourseModule> order,
      ModulePages pages,
      PageFrames frames,
      TemplateRenderer templates,
      PageInspector inspector,
      String disclosure,
      PageCache cache,
      String buildKey) {
    this.course = course;
    this.order = order;
    this.pages = pages;
    this.frames = frames;
    this.templates = templates;
    this.inspector = inspector;
    this.disclosure = disclosure;
    this.cache = course.root() == null ? null : cache;
    this.buildKey = buildKey;
  }

  /** Writes the page of the module at {@code index} of the delivery order. */
  Written write(OutputFolder out, int index) throws IOException {
    CourseModule module = order.get(index);
    String path = ModulePages.pagePath(module);
    PageFrame frame = frames.frame(ModulePages.title(module), path, "module", module);
    String key = cache == null ? null : key(module, index, frame);
    if (key != null) {
      Optional<PageCache.Entry> cached = cache.find(key);
      if (cached.isPresent()) {
        PageFacts facts = cached.get().facts();
        if (!inspector.fingerprint().equals(cached.get().checks())) {
          facts = inspector.inspect(Files.readString(cache.page(key), StandardCharsets.UTF_8));
          cache.storeFacts(
              key, new PageCache.Entry(cached.get().findings(), facts, inspector.fingerprint()));
        }
        out.copy(cache.page(key), path);
        return new Written(path, facts, cached.get().findings());
      }
    }
    ModulePages.Built built = pages.build(order, index, index == 0 ? disclosure : null);
    String html =
        templates
            .render("module.ftlh", Map.of("frame", frame, "page", built.page()))
            .replace("\r\n", "\n");
    PageFacts facts = inspector.inspect(html);
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    if (key == null) {
      out.writeBytes(path, bytes);
    } else {
      cache.store(
          key, bytes, new PageCache.Entry(built.findings(), facts, inspector.fingerprint()));
      out.copy(cache.page(key), path);
    }
    return new Written(path, facts, built.findings());
  }

  /** The cache key of a module page, or null when its source file cannot be read. */
  private String key(CourseModule module, int index, PageFrame frame) throws IOException {
    if (module.file() == null) {
      return null;
    }
    Path source = course.root().resolve(module.file());
    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    CacheKey key =
        new CacheKey()
            .add(FORMAT)
            .add(buildKey)
            .add(frame.toString())
            .add(ModulePages.neighbours(order, index).toString())
            .add(index + "/" + order.size())
            .add(index == 0 ? disclosure : "")
            .add(Files.readAllBytes(source));
    for (QuizBlock block : module.quizzes()) {
      String id = block.itemId();
      key.add(id).add(String.valueOf(pages.summative(id)));
      Item placed = block.item() == null && id != null ? pages.item(id) : null;
      key.add(placed == null ? "" : itemSource(placed));
    }
    return key.hex();
  }

  /** The file of an item placed with {@code ref:}, as read now. */
  private String itemSource(Item item) throws IOException {
    if (item.at() == null) {
      return item.toString();
    }
    Path file = course.root().resolve(item.at().file());
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        ? Files.readString(file, StandardCharsets.UTF_8)
        : item.toString();
  }
}
