package org.coursekit.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Program;
import org.coursekit.render.MarkdownOptions;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.render.TemplateRenderer;
import org.coursekit.render.Theme;

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
  private final List<Finding> findings = new ArrayList<>();

  /**
   * @param landingPath where the landing page goes: {@code index.html} in a site, {@code
   *     overview.html} in an LMS package, whose {@code index.html} is the launch page
   */
  SiteBuild(
      Course course,
      SiteOptions options,
      Theme theme,
      TemplateRenderer templates,
      MarkdownRenderer markdown,
      String landingPath) {
    this.course = course;
    this.options = options;
    this.theme = theme;
    this.templates = templates;
    this.markdown = markdown;
    this.landingPath = landingPath;
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
    try (OutputFolder out =
        OutputFolder.create(options.outputDirectory(), course.root(), options.outputTimestamp())) {
      copyAssets(out);
      Map<String, String> policyPaths =
          program == null || course.root() == null
              ? Map.of()
              : new LocalDocuments(course.root(), markdown, templates, frames, findings)
                  .publish(program.policies(), out);
      String disclosure = program == null ? null : fragment(program.disclosure());
      writeModules(out, order, frames, glossary, disclosure);
      if (!glossary.isEmpty()) {
        write(
            out,
            GlossaryPages.PATH,
            "glossary.ftlh",
            frames.frame("Glossary", GlossaryPages.PATH, "glossary", null),
            glossary.page());
      }
      LandingPage landing =
          LandingPages.build(
              course,
              order,
              policyPaths,
              program == null ? null : fragment(program.purpose()),
              disclosure);
      write(
          out,
          landingPath,
          "index.ftlh",
          frames.frame(frames.courseTitle(), landingPath, "overview", null),
          landing);
      Map<String, String> texts = textFiles(out);
      findings.addAll(new RenderedSiteChecks().check(course, texts, landingPath, policyPaths));
      List<Finding> leaks = new SummativeLeakCheck(markdown).check(course.items(), texts);
      findings.addAll(leaks);
      if (!leaks.isEmpty()) {
        return new SiteResult(findings, List.of());
      }
      return new SiteResult(findings, out.publish());
    }
  }

  private void copyAssets(OutputFolder out) throws IOException {
    for (String asset : theme.assets()) {
      out.writeBytes(ASSETS + asset, theme.asset(asset));
    }
  }

  private void writeModules(
      OutputFolder out,
      List<CourseModule> order,
      PageFrames frames,
      GlossaryPages glossary,
      String disclosure)
      throws IOException {
    ModulePages modulePages =
        new ModulePages(course, markdown, templates, glossary.linker(), findings);
    for (int i = 0; i < order.size(); i++) {
      CourseModule module = order.get(i);
      String path = ModulePages.pagePath(module);
      ModulePage page = modulePages.build(order, i, disclosure);
      write(out, path, "module.ftlh", frames.frame(page.title(), path, "module", module), page);
      copyMedia(out, module);
    }
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

  private void write(OutputFolder out, String path, String template, PageFrame frame, Object page)
      throws IOException {
    out.writeText(path, templates.render(template, Map.of("frame", frame, "page", page)));
  }

  private String fragment(String markdownText) {
    if (markdownText == null || markdownText.isBlank()) {
      return null;
    }
    return markdown.render(markdownText, MarkdownOptions.fragment(2)).html();
  }

  /** Every text file of the staged site, including copied ones, by path. */
  private static Map<String, String> textFiles(OutputFolder out) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    for (String file : out.files()) {
      if (SummativeLeakCheck.isText(file)) {
        byte[] bytes = Files.readAllBytes(out.staging().resolve(file));
        texts.put(file, new String(bytes, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }
}
