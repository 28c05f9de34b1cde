package org.coursekit.site;

import java.io.IOException;
import java.util.Objects;
import org.coursekit.model.Course;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.render.TemplateRenderer;
import org.coursekit.render.Theme;
import org.coursekit.render.ThemeException;

/**
 * Writes a course as a static website: a landing page with everything a learner must know before
 * enrolling, one page per module with objectives, formative quizzes and glossary links, a glossary
 * page, the local policy documents and the theme's assets. The site works from {@code file://} and
 * inside an LMS frame: every link is relative and nothing is loaded from the network.
 *
 * <p>Immutable and thread-safe: one generator may build many sites, also at the same time.
 */
public final class SiteGenerator {

  private static final String THEME = "default";

  private final Theme theme;
  private final TemplateRenderer templates;
  private final MarkdownRenderer markdown;

  /**
   * @param themeLoader the class loader that holds the theme under {@code
   *     META-INF/coursekit/themes/default/}
   * @throws ThemeException when the theme is missing or broken
   */
  public SiteGenerator(ClassLoader themeLoader) {
    this.theme = Theme.load(Objects.requireNonNull(themeLoader, "themeLoader"), THEME);
    this.templates = new TemplateRenderer(theme);
    this.markdown = new MarkdownRenderer();
  }

  /**
   * Builds the site of {@code course} into {@code options.outputDirectory()}, replacing what was
   * there only once the new site is complete. Problems in the course come back as findings; when a
   * summative question would be published (ASM-007) nothing is written.
   *
   * @throws IOException when the output folder cannot be written
   * @throws ThemeException when a theme template fails, which is a bug in the theme
   */
  public SiteResult generate(Course course, SiteOptions options) throws IOException {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(options, "options");
    return new SiteBuild(course, options, theme, templates, markdown).run();
  }
}
