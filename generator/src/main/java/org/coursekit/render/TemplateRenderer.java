package org.coursekit.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders a theme's {@code .ftlh} templates with one FreeMarker configuration, pinned so that an
 * upgrade of FreeMarker cannot change the output. Thread-safe once built. Templates only receive
 * page-model records and maps, never services.
 */
public final class TemplateRenderer {

  private final Configuration configuration;

  public TemplateRenderer(Theme theme) {
    this(new ClassTemplateLoader(theme.classLoader(), theme.templatePath()));
  }

  /**
   * A renderer in which a template under {@code folder/} of the theme takes the place of the
   * template of the same name at the top: with {@code "package"}, {@code module.ftlh} and the
   * {@code layout.ftlh} it imports come from {@code package/} when the theme has them there. LMS
   * packages use this to give the site's pages a layout without the site's navigation.
   */
  public static TemplateRenderer withOverrides(Theme theme, String folder) {
    return new TemplateRenderer(
        new OverridingTemplateLoader(
            new ClassTemplateLoader(theme.classLoader(), theme.templatePath()), folder + "/"));
  }

  private TemplateRenderer(TemplateLoader loader) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(loader);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    this.configuration = cfg;
  }

  /**
   * The source text of the named templates as this renderer finds them (a package override in place
   * of the site's), so a build cache can tell when a page's templates changed. A missing template
   * gives an empty text.
   */
  public String sources(List<String> names) {
    TemplateLoader loader = configuration.getTemplateLoader();
    StringBuilder text = new StringBuilder();
    for (String name : names) {
      text.append(name).append('\n');
      try {
        Object source = loader.findTemplateSource(name);
        if (source != null) {
          try (Reader reader = loader.getReader(source, "UTF-8")) {
            StringWriter content = new StringWriter();
            reader.transferTo(content);
            text.append(content);
          } finally {
            loader.closeTemplateSource(source);
          }
        }
      } catch (IOException e) {
        throw new ThemeException("Theme template " + name + " cannot be read: " + e, e);
      }
      text.append('\n');
    }
    return text.toString();
  }

  /**
   * Renders {@code template} (a name under the theme's {@code templates/}) with {@code model} as
   * the data model.
   *
   * @throws ThemeException when the template is missing or fails: a theme bug, not an author error
   */
  public String render(String template, Map<String, ?> model) {
    StringWriter out = new StringWriter();
    try {
      Template loaded = configuration.getTemplate(template);
      loaded.process(model, out);
    } catch (ParseException e) {
      throw new ThemeException(
          "Theme template "
              + template
              + " has a syntax error at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getEditorMessage(),
          e);
    } catch (TemplateException e) {
      throw new ThemeException(
          "Theme template "
              + (e.getTemplateSourceName() != null ? e.getTemplateSourceName() : template)
              + " failed at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessageWithoutStackTop(),
          e);
    } catch (IOException e) {
      throw new ThemeException("Theme template " + template + " cannot be read: " + e, e);
    }
    return out.toString();
  }
}
