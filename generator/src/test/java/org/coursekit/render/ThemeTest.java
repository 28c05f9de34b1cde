package org.coursekit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme lookup and theme bugs, which are exceptions naming the file and line, not findings. */
class ThemeTest {

  private static final String BASE = "META-INF/coursekit/themes/default/";

  @TempDir Path folder;

  @Test
  void defaultThemeListsItsAssetsAndReadsThem() throws IOException {
    Theme theme = Theme.load(getClass().getClassLoader(), "default");
    assertThat(theme.name()).isEqualTo("default");
    assertThat(theme.assets())
        .containsExactly(
            "coursekit-runtime.js",
            "coursekit-shell.css",
            "coursekit.css",
            "coursekit.js",
            "favicon.svg");
    for (String asset : theme.assets()) {
      assertThat(theme.asset(asset)).isNotEmpty();
    }
  }

  @Test
  void failingTemplateNamesTheTemplateAndLine() throws IOException {
    writeTheme("x.ftlh", "<p>ok</p>\n<p>${page.missing}</p>\n");
    TemplateRenderer renderer = new TemplateRenderer(Theme.load(loader(), "default"));
    assertThatThrownBy(() -> renderer.render("x.ftlh", Map.of("page", Map.of())))
        .isInstanceOf(ThemeException.class)
        .hasMessageContaining("x.ftlh")
        .hasMessageContaining("line 2");
  }

  @Test
  void templateSyntaxErrorNamesTheTemplateAndLine() throws IOException {
    writeTheme("y.ftlh", "<p>ok</p>\n\n<#if>\n");
    TemplateRenderer renderer = new TemplateRenderer(Theme.load(loader(), "default"));
    assertThatThrownBy(() -> renderer.render("y.ftlh", Map.of()))
        .isInstanceOf(ThemeException.class)
        .hasMessageContaining("y.ftlh")
        .hasMessageContaining("line 3");
    assertThatThrownBy(() -> renderer.render("absent.ftlh", Map.of()))
        .isInstanceOf(ThemeException.class)
        .hasMessageContaining("absent.ftlh");
  }

  @Test
  void templatesEscapeHtml() throws IOException {
    writeTheme("z.ftlh", "<p title=\"${v}\">${v}</p>");
    TemplateRenderer renderer = new TemplateRenderer(Theme.load(loader(), "default"));
    assertThat(renderer.render("z.ftlh", Map.of("v", "<b>\"&")))
        .isEqualTo("<p title=\"&lt;b&gt;&quot;&amp;\">&lt;b&gt;&quot;&amp;</p>");
  }

  @Test
  void assetIndexMustMatchTheAssets() throws IOException {
    writeTheme("x.ftlh", "");
    Files.writeString(folder.resolve(BASE + "assets.txt"), "style.css\nmissing.js\n");
    assertThatThrownBy(() -> Theme.load(loader(), "default"))
        .isInstanceOf(ThemeException.class)
        .hasMessageContaining("missing.js");
    Files.writeString(folder.resolve(BASE + "assets.txt"), "../theme.yaml\n");
    assertThatThrownBy(() -> Theme.load(loader(), "default"))
        .isInstanceOf(ThemeException.class)
        .hasMessageContaining("unsafe");
    assertThatThrownBy(() -> Theme.load(loader(), "nonexistent"))
        .isInstanceOf(ThemeException.class)
        .hasMessageContaining("themes/nonexistent/theme.yaml");
  }

  private void writeTheme(String template, String text) throws IOException {
    Path base = folder.resolve(BASE);
    Files.createDirectories(base.resolve("templates"));
    Files.createDirectories(base.resolve("assets"));
    Files.writeString(base.resolve("theme.yaml"), "name: default\nversion: 9\n");
    Files.writeString(base.resolve("assets.txt"), "style.css\n");
    Files.writeString(base.resolve("assets/style.css"), "p{}");
    Files.writeString(base.resolve("templates/" + template), text);
  }

  /** A class loader that sees only the test theme, not the real one. */
  private ClassLoader loader() throws IOException {
    return new URLClassLoader(new URL[] {folder.toUri().toURL()}, null);
  }
}
