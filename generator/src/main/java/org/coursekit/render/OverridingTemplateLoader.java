package org.coursekit.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;

/**
 * Looks a template up under a prefix first ({@code package/layout.ftlh} for {@code layout.ftlh})
 * and falls back to the name itself, so a theme overrides only the templates it needs to.
 */
final class OverridingTemplateLoader implements TemplateLoader {

  private final TemplateLoader delegate;
  private final String prefix;

  OverridingTemplateLoader(TemplateLoader delegate, String prefix) {
    this.delegate = delegate;
    this.prefix = prefix;
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    if (!name.startsWith(prefix)) {
      Object override = delegate.findTemplateSource(prefix + name);
      if (override != null) {
        return override;
      }
    }
    return delegate.findTemplateSource(name);
  }

  @Override
  public long getLastModified(Object templateSource) {
    return delegate.getLastModified(templateSource);
  }

  @Override
  public Reader getReader(Object templateSource, String encoding) throws IOException {
    return delegate.getReader(templateSource, encoding);
  }

  @Override
  public void closeTemplateSource(Object templateSource) throws IOException {
    delegate.closeTemplateSource(templateSource);
  }
}
