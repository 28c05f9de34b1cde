package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every build must leave behind, whatever its input: reports that parse (JSON, SARIF, JUnit
 * XML, coverage), manifests that are well-formed XML, pages whose only script is the theme's own,
 * zip entries that stay inside the zip, and no byte of a file from outside the course.
 */
final class PublishedOutput {

  /** The theme's own scripts; any other script in a page is unintended. */
  private static final Set<String> THEME_SCRIPTS =
      Set.of("assets/coursekit.js", "assets/coursekit-runtime.js");

  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset");

  private static final ObjectMapper JSON = new ObjectMapper();

  private PublishedOutput() {}

  /** Checks everything under {@code output}; {@code secret} must appear in none of it. */
  static void check(Path output, String secret, Set<String> allowed) throws Exception {
    for (var file : files(output).entrySet()) {
      String name = file.getKey();
      byte[] bytes = file.getValue();
      assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
          .as("%s holds no byte of a file outside the course", name)
          .doesNotContain(secret);
      checkFile(name, bytes, secret, allowed);
    }
  }

  private static void checkFile(String name, byte[] bytes, String secret, Set<String> allowed)
      throws Exception {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json") || lower.endsWith(".sarif")) {
      JSON.readTree(bytes);
    } else if (lower.endsWith(".xml")) {
      parseXml(name, bytes);
    } else if (lower.endsWith(".html")) {
      checkPage(name, new String(bytes, StandardCharsets.UTF_8), allowed);
    } else if (lower.endsWith(".zip")) {
      checkZip(name, bytes, secret, allowed);
    }
  }

  private static void parseXml(String name, byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)))
        .as("%s is well-formed XML", name)
        .isNotNull();
  }

  /**
   * A page runs only the theme's scripts: no other script, handler or script URL, and no frame or
   * plug-in element unless the course allows it ({@code allowed}).
   */
  static void checkPage(String name, String html, Set<String> allowed) {
    Document page = Jsoup.parse(html);
    for (Element element : page.getAllElements()) {
      String tag = element.normalName();
      if (tag.equals("script")) {
        String src = element.attr("src");
        boolean theme = THEME_SCRIPTS.stream().anyMatch(s -> src.endsWith(s) && !src.contains(":"));
        boolean data = src.isEmpty() && element.attr("type").equals("application/json");
        assertThat(theme || data).as("%s: unintended script %s", name, element).isTrue();
        assertThat(element.data().toLowerCase(Locale.ROOT))
            .as("%s: JSON script that ends early", name)
            .doesNotContain("</script");
      }
      // The package launch page shows the course pages in its own, named frame.
      boolean shellFrame = tag.equals("iframe") && element.hasClass("ck-shell-content");
      assertThat(shellFrame || allowed.contains(tag) ? "allowed" : tag)
          .as("%s: element %s", name, element)
          .isNotIn("iframe", "object", "embed", "base", "frame");
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(key).as("%s: handler on %s", name, element).doesNotStartWith("on");
        assertThat(key).as("%s: %s", name, element).isNotEqualTo("srcdoc");
        if (URL_ATTRIBUTES.contains(key)) {
          String url = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "");
          assertThat(url.toLowerCase(Locale.ROOT))
              .as("%s: %s", name, element)
              .doesNotStartWith("javascript:")
              .doesNotStartWith("vbscript:")
              .doesNotStartWith("data:")
              .doesNotStartWith("file:");
        }
      }
    }
  }

  private static void checkZip(String name, byte[] bytes, String secret, Set<String> allowed)
      throws Exception {
    Path copy = Files.createTempFile("hostile", ".zip");
    try {
      Files.write(copy, bytes);
      try (ZipFile zip = new ZipFile(copy.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          String entryName = entry.getName();
          assertThat(entryName)
              .as("%s: entry inside the zip", name)
              .doesNotStartWith("/")
              .doesNotContain("..")
              .doesNotContain("\\");
          byte[] content = zip.getInputStream(entry).readAllBytes();
          assertThat(new String(content, StandardCharsets.ISO_8859_1))
              .as("%s!%s holds no byte of a file outside the course", name, entryName)
              .doesNotContain(secret);
          checkFile(name + "!" + entryName, content, secret, allowed);
        }
      }
    } finally {
      Files.delete(copy);
    }
  }

  /** Every regular file under {@code root}, by relative path; symbolic links are not followed. */
  static TreeMap<String, byte[]> files(Path root) throws IOException {
    TreeMap<String, byte[]> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.toList()) {
        if (Files.isSymbolicLink(path)) {
          files.put(root.relativize(path) + " -> " + Files.readSymbolicLink(path), new byte[0]);
        } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
        }
      }
    }
    return files;
  }

  /** The relative paths of {@link #files}, for comparing listings. */
  static List<String> listing(Path root) throws IOException {
    return List.copyOf(files(root).keySet());
  }
}
