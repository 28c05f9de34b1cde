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
 * <p>Pages are rendered in parallel on every core. With {@link SiteOptions#cacheDirectory()} set,
 * each module page is kept there under a hash of everything it is made from (module file, the items
 * it places, glossary, navigation, templates, settings, toolkit), and a later build puts the kept
 * page in place instead of rendering it again: editing one module re-renders that module and the
 * pages whose navigation shows its title or duration. Cached and fresh builds give the same bytes.
 *
 * <p>Immutable and thread-safe: one generator may build many sites, also at the same time (but not
 * two into the same cache folder).
 */
public final class SiteGenerator {

  private static final String THEME = "default";

  /** The theme folder whose templates replace the site's own in LMS packages. */
  private static final String PACKAGE_TEMPLATES = "package";

  /** Where a package keeps the landing page; its {@code index.html} is the launch page. */
  public static final String PACKAGE_LANDING_PAGE = "overview.html";

  private final Theme theme;
  private final TemplateRenderer templates;
  private final TemplateRenderer packageTemplates;
  private final MarkdownRenderer markdown;
  private final String toolkit = ToolkitFingerprint.of(SiteGenerator.class);

  /**
   * @param themeLoader the class loader that holds the theme under {@code
   *     META-INF/coursekit/themes/default/}
   * @throws ThemeException when the theme is missing or broken
   */
  public SiteGenerator(ClassLoader themeLoader) {
    this.theme = Theme.load(Objects.requireNonNull(themeLoader, "themeLoader"), THEME);
    this.templates = new TemplateRenderer(theme);
    this.packageTemplates = TemplateRenderer.withOverrides(theme, PACKAGE_TEMPLATES);
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
    return new SiteBuild(course, options, theme, templates, markdown, "index.html", toolkit).run();
  }

  /**
   * Builds the pages an LMS package shows inside its launch page: the site's pages, rendered with
   * the theme's {@code package/} templates where it has them (a layout without the site's
   * navigation), with the landing page at {@link #PACKAGE_LANDING_PAGE}. The same checks apply as
   * for a site, ASM-007 included.
   *
   * @throws IOException when the output folder cannot be written
   * @throws ThemeException when a theme template fails, which is a bug in the theme
   */
  public SiteResult generatePackageContent(Course course, SiteOptions options) throws IOException {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(options, "options");
    return new SiteBuild(
            course, options, theme, packageTemplates, markdown, PACKAGE_LANDING_PAGE, toolkit)
        .run();
  }
}
