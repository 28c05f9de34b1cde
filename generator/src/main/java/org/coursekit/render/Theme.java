package org.coursekit.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A theme found on a class path at {@code META-INF/coursekit/themes/<name>/}: {@code theme.yaml}
 * (name, version), FreeMarker templates under {@code templates/} and static files under {@code
 * assets/}. Class loaders cannot list a folder portably, so the theme lists its assets in {@code
 * assets.txt}, one path a line.
 */
public final class Theme {

  private static final String ROOT = "META-INF/coursekit/themes/";

  private final ClassLoader loader;
  private final String base;
  private final String name;
  private final String version;
  private final List<String> assets;

  private Theme(ClassLoader loader, String base, String name, String version, List<String> assets) {
    this.loader = loader;
    this.base = base;
    this.name = name;
    this.version = version;
    this.assets = assets;
  }

  /** Reads the descriptor and asset index of the theme {@code name} from {@code loader}. */
  public static Theme load(ClassLoader loader, String name) {
    Objects.requireNonNull(loader, "loader");
    String base = ROOT + name + "/";
    Map<?, ?> descriptor = descriptor(loader, base);
    List<String> assets =
        readText(loader, base + "assets.txt")
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .sorted()
            .distinct()
            .toList();
    for (String asset : assets) {
      if (asset.startsWith("/") || asset.contains("..") || asset.contains("\\")) {
        throw new ThemeException(base + "assets.txt lists an unsafe path: " + asset);
      }
      if (loader.getResource(base + "assets/" + asset) == null) {
        throw new ThemeException(base + "assets.txt lists " + asset + ", which is not in assets/");
      }
    }
    return new Theme(
        loader,
        base,
        String.valueOf(descriptor.get("name")),
        String.valueOf(descriptor.get("version")),
        assets);
  }

  private static Map<?, ?> descriptor(ClassLoader loader, String base) {
    String text = readText(loader, base + "theme.yaml");
    Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    if (!(parsed instanceof Map<?, ?> map) || map.get("name") == null) {
      throw new ThemeException(base + "theme.yaml must be a map with at least a name");
    }
    return map;
  }

  private static String readText(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ThemeException("Theme file not found on the class path: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read theme file " + resource, e);
    }
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  public ClassLoader classLoader() {
    return loader;
  }

  /** The class-path folder of the templates, without a trailing slash. */
  public String templatePath() {
    return base + "templates";
  }

  /** Asset paths relative to {@code assets/}, sorted, with {@code /} separators. */
  public List<String> assets() {
    return assets;
  }

  /** The bytes of one asset listed by {@link #assets()}. */
  public byte[] asset(String path) throws IOException {
    String resource = base + "assets/" + path;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ThemeException("Theme asset not found on the class path: " + resource);
      }
      return in.readAllBytes();
    }
  }
}
