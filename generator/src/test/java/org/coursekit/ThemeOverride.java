package org.coursekit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A class loader that shows the built-in theme with some templates changed, for tests that make a
 * build fail halfway: everything else, rules and theme files alike, comes from the parent.
 */
final class ThemeOverride extends ClassLoader {

  private static final String TEMPLATES = "META-INF/coursekit/themes/default/templates/";

  private final Map<String, URL> overrides = new HashMap<>();

  private ThemeOverride(ClassLoader parent) {
    super(parent);
  }

  /**
   * The theme with {@code template} (e.g. {@code module.ftlh}) starting with {@code prefix} before
   * its own text; the changed file is written into {@code folder}.
   */
  static ThemeOverride prepending(Path folder, String template, String prefix) {
    ClassLoader parent = ThemeOverride.class.getClassLoader();
    ThemeOverride loader = new ThemeOverride(parent);
    try (InputStream original = parent.getResourceAsStream(TEMPLATES + template)) {
      if (original == null) {
        throw new IllegalArgumentException("the theme has no template " + template);
      }
      Path file = folder.resolve(template);
      Files.createDirectories(file.getParent());
      Files.write(
          file,
          (prefix + new String(original.readAllBytes(), StandardCharsets.UTF_8))
              .getBytes(StandardCharsets.UTF_8));
      loader.overrides.put(TEMPLATES + template, file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return loader;
  }

  @Override
  public URL getResource(String name) {
    URL changed = overrides.get(name);
    return changed != null ? changed : super.getResource(name);
  }
}
