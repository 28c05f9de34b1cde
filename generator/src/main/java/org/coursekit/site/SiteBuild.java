package org.coursekit.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.coursekit.InternalCourseKitError;
import org.coursekit.diag.Finding;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Program;
import org.coursekit.render.MarkdownOptions;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.render.TemplateRenderer;
import org.coursekit.render.Theme;
import org.coursekit.render.ThemeException;
import org.coursekit.site.RenderedSiteChecks.PageFacts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One run of {@link SiteGenerator}: renders every page into a staging folder, checks, publishes.
 */
final class SiteBuild {

  private static final String ASSETS = "assets/";

  private final Course course;
  private final SiteOptions options;
  private final Theme theme;
  private final TemplateRenderer templates;
  private final MarkdownRenderer markdown;
  private final String landingPath;
  private final String toolkit;
  private final List<Finding> findings = new ArrayList<>();

  /**
   * @param landingPath where the landing page goes: {@code index.html} in a site, {@code
   *     overview.html} in an LMS package, whose {@code index.html} is the launch page
   * @param toolkit identifies the toolkit build, so a new one does not reuse cached pages
   */
  SiteBuild(
      Course course,
      SiteOptions options,
      Theme theme,
      TemplateRenderer templates,
      MarkdownRenderer markdown,
      String landingPath,
      String toolkit) {
    this.course = course;
    this.options = options;
    this.theme = theme;
    this.templates = templates;
    // The raw HTML the course's coursekit.yml allows beyond the safe default.
    this.markdown =
        course.config() == null || course.config().html().isEmpty()
            ? markdown
            : markdown.withHtml(course.config().html());
    this.landingPath = landingPath;
    this.toolkit = toolkit;
  }

  SiteResult run() throws IOException {
    Program program = course.program();
    List<CourseModule> order = course.deliveryOrder();
    GlossaryPages glossary = new GlossaryPages(course.glossary(), markdown);
    PageFrames frames =
        new PageFrames(
            program,
            order,
            !glossary.isEmpty(),
            options.outputTimestamp(),
            "CourseKit, theme " + theme.name() + " " + theme.version());
    PageInspector inspector = new PageInspector(course, markdown);
    Map<String, PageFacts> pages = new ConcurrentHashMap<>();
    try (OutputFolder out =
        OutputFolder.create(options.outputDirectory(), course.root(), options.outputTimestamp())) {
      copyAssets(out);
      Map<String, String> policyPaths =
          program == null || course.root() == null
              ? Map.of()
              : new LocalDocuments(course.root(), markdown, templates, frames, findings)
                  .publish(program.policies(), out);
      String disclosure = program == null ? null : fragment(program.disclosure());
      PageCache cache =
          options.cacheDirectory() == null || course.root() == null
              ? null
              : PageCache.open(options.cacheDirectory().resolve(cacheName()));
      writeModules(out, order, frames, glossary, disclosure, inspector, cache, pages);
      if (!glossary.isEmpty()) {
        pages.put(
            GlossaryPages.PATH,
            inspector.inspect(
                write(
                    out,
                    GlossaryPages.PATH,
                    "glossary.ftlh",
                    frames.frame("Glossary", GlossaryPages.PATH, "glossary", null),
                    glossary.page())));
      }
      LandingPage landing =
          LandingPages.build(
              course,
              order,
              policyPaths,
              program == null ? null : fragment(program.purpose()),
              disclosure);
      String landingHtml =
          write(
              out,
              landingPath,
              "index.ftlh",
              frames.frame(frames.courseTitle(), landingPath, "overview", null),
              landing);
      Document landingPage = Jsoup.parse(landingHtml);
      pages.put(landingPath, inspector.inspect(landingPage));
      Map<String, List<String>> leaks = otherTextFiles(out, pages, inspector);
      pages.forEach((path, facts) -> leaks.put(path, facts.leakedItems()));
      findings.addAll(
          new RenderedSiteChecks().check(course, landingPage, landingPath, pages, policyPaths));
      List<Finding> leaked = inspector.leakCheck().findings(inspector.stems(), leaks);
      findings.addAll(leaked);
      if (!leaked.isEmpty()) {
        return new SiteResult(findings, List.of());
      }
      List<String> published = out.publish();
      if (cache != null) {
        cache.prune();
      }
      return new SiteResult(findings, published);
    }
  }

  /** The cache folder of this kind of build: site pages and package pages differ. */
  private String cacheName() {
    return SiteGenerator.PACKAGE_LANDING_PAGE.equals(landingPath) ? "package-pages" : "site-pages";
  }

  private void copyAssets(OutputFolder out) throws IOException {
    for (String asset : theme.assets()) {
      out.writeBytes(ASSETS + asset, theme.asset(asset));
    }
  }

  /**
   * Writes the module pages and their media, in parallel across the cores; each page is rendered
   * (or taken from the cache), checked and written by one thread, and only its facts are kept.
   */
  private void writeModules(
      OutputFolder out,
      List<CourseModule> order,
      PageFrames frames,
      GlossaryPages glossary,
      String disclosure,
      PageInspector inspector,
      PageCache cache,
      Map<String, PageFacts> pages)
      throws IOException {
    ModulePageWriter writer =
        new ModulePageWriter(
            course,
            order,
            new ModulePages(course, markdown, templates, glossary.linker()),
            frames,
            templates,
            inspector,
            disclosure,
            cache,
            cache == null ? null : buildKey(glossary));
    List<ModulePageWriter.Written> written =
        Parallel.map(
            order.size(),
            index -> {
              try {
                ModulePageWriter.Written page = writer.write(out, index);
                copyMedia(out, order.get(index));
                return page;
              } catch (ThemeException e) {
                // A theme bug: keep its template and line, and name the module it hit.
                throw new ThemeException(
                    e.getMessage() + " (writing the page of " + moduleFile(order, index) + ")", e);
              } catch (RuntimeException | StackOverflowError e) {
                // A bug, never a course problem (those are findings): name the module it hit.
                throw new InternalCourseKitError(moduleFile(order, index), e);
              }
            });
    for (ModulePageWriter.Written page : written) {
      findings.addAll(page.findings());
      pages.put(page.path(), page.facts());
    }
  }

  private static String moduleFile(List<CourseModule> order, int index) {
    String file = order.get(index).file();
    return file == null ? "modules/" : file;
  }

  /** What every module page of this build depends on alike. */
  private String buildKey(GlossaryPages glossary) throws IOException {
    return new CacheKey()
        .add(toolkit)
        .add(theme.name() + " " + theme.version())
        .add(templates.sources(List.of("module.ftlh", "layout.ftlh", "quiz.ftlh")))
        .add(glossary.linkerTerms().toString())
        .add(PageInspector.courseFile(course, "coursekit.yml"))
        .add(landingPath)
        .hex();
  }

  /** Copies {@code modules/<name>/}, so the image paths authors write keep working. */
  private void copyMedia(OutputFolder out, CourseModule module) throws IOException {
    if (course.root() == null) {
      return;
    }
    String name = ModulePages.baseName(module);
    Path folder = course.root().resolve("modules").resolve(name);
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
              .filter(file -> !hidden(folder.relativize(file)))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      String relative = folder.relativize(file).toString().replace('\\', '/');
      out.copy(file, "modules/" + name + "/" + relative);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Renders and writes a page; returns its HTML as written. */
  private String write(OutputFolder out, String path, String template, PageFrame frame, Object page)
      throws IOException {
    String html =
        templates.render(template, Map.of("frame", frame, "page", page)).replace("\r\n", "\n");
    out.writeText(path, html);
    return html;
  }

  private String fragment(String markdownText) {
    if (markdownText == null || markdownText.isBlank()) {
      return null;
    }
    return markdown.render(markdownText, MarkdownOptions.fragment(2)).html();
  }

  /**
   * The summative items found in the staged text files that are not pages this build inspected
   * while writing them (theme assets, policy pages, text media such as SVG), by path; policy pages
   * also get their facts.
   */
  private static Map<String, List<String>> otherTextFiles(
      OutputFolder out, Map<String, PageFacts> pages, PageInspector inspector) throws IOException {
    Map<String, List<String>> leaks = new TreeMap<>();
    for (String file : out.files()) {
      if (pages.containsKey(file) || !SummativeLeakCheck.isText(file)) {
        continue;
      }
      String text = Files.readString(out.staging().resolve(file), StandardCharsets.UTF_8);
      if (file.toLowerCase(Locale.ROOT).endsWith(".html")) {
        pages.put(file, inspector.inspect(text));
      } else {
        leaks.put(file, inspector.leaksIn(file, text));
      }
    }
    return leaks;
  }
}
