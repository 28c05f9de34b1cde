package org.coursekit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coursekit.site.SiteFixture.page;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.coursekit.render.ThemeException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a site is written: reproducibly, self-contained, and swapped in as a whole. */
class SiteOutputTest {

  @TempDir Path course;
  @TempDir Path output;
  SiteFixture fixture;

  @BeforeEach
  void writeCourse() throws IOException {
    fixture = new SiteFixture(course);
    fixture
        .write("glossary.yml", "- term: Dry shipper\n  definition: A cold dewar.\n")
        .write(
            "policies/advisory-group.md",
            "# Advisory group\n\nSeven members. See ![](chart.png).\n")
        .write("policies/automation.pdf", "%PDF-1.4 fake")
        .write("modules/m01-first/label.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
        .write("modules/m01-first/.DS_Store", "junk")
        .module(
            "m01-first",
            "Receiving",
            30,
            "# Receiving\n\nA dry shipper arrives. ![Label](m01-first/label.svg)\n")
        .module("m02-second", "Storing", 30, "# Storing\n\nText.\n");
  }

  @Test
  void sameCourseGivesIdenticalBytes() throws IOException {
    Instant timestamp = Instant.parse("2026-11-25T10:15:30Z");
    SiteResult first = fixture.build(output.resolve("a"), timestamp);
    SiteResult second = fixture.build(output.resolve("b"), timestamp);
    assertThat(first.files()).isEqualTo(second.files()).isNotEmpty();
    assertThat(contents(output.resolve("a"))).isEqualTo(contents(output.resolve("b")));
  }

  @Test
  void oneGeneratorBuildsSitesConcurrently() throws Exception {
    SiteGenerator generator = new SiteGenerator(getClass().getClassLoader());
    var course = fixture.load();
    List<Path> sites = List.of(output.resolve("x"), output.resolve("y"), output.resolve("z"));
    ExecutorService pool = Executors.newFixedThreadPool(sites.size());
    try {
      List<Future<SiteResult>> results = new ArrayList<>();
      for (Path site : sites) {
        results.add(pool.submit(() -> generator.generate(course, new SiteOptions(site, null))));
      }
      for (Future<SiteResult> result : results) {
        assertThat(result.get().published()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(contents(sites.get(1))).isEqualTo(contents(sites.get(0)));
    assertThat(contents(sites.get(2))).isEqualTo(contents(sites.get(0)));
  }

  @Test
  void listsEveryWrittenFileSortedWithSlashes() throws IOException {
    Path site = output.resolve("site");
    SiteResult result = fixture.build(site);
    assertThat(result.files())
        .containsExactly(
            "assets/coursekit-runtime.js",
            "assets/coursekit-shell.css",
            "assets/coursekit.css",
            "assets/coursekit.js",
            "assets/favicon.svg",
            "glossary.html",
            "index.html",
            "modules/m01-first.html",
            "modules/m01-first/label.svg",
            "modules/m02-second.html",
            "policies/advisory-group.html",
            "policies/automation.pdf");
    assertThat(List.copyOf(contents(site).keySet())).isEqualTo(result.files());
  }

  @Test
  void footerShowsTheBuildDateOnlyWhenGiven() throws IOException {
    fixture.build(output.resolve("dated"), Instant.parse("2026-11-25T23:59:59Z"));
    fixture.build(output.resolve("undated"));
    Element dated = page(output.resolve("dated"), "index.html").selectFirst("footer");
    assertThat(dated.text()).isEqualTo("Fixture Course · Version 2.1.0 · Built 2026-11-25");
    assertThat(dated.selectFirst("time").attr("datetime")).isEqualTo("2026-11-25");
    Element undated = page(output.resolve("undated"), "index.html").selectFirst("footer");
    assertThat(undated.text()).isEqualTo("Fixture Course · Version 2.1.0");
  }

  @Test
  void newSiteReplacesTheOldOneAndLeavesTheSourcesAlone() throws IOException {
    Map<String, String> sourcesBefore = contents(course);
    Path site = output.resolve("site");
    Files.createDirectories(site.resolve("old"));
    Files.writeString(site.resolve("old/stale.html"), "stale");
    Files.writeString(output.resolve("neighbour.txt"), "keep me");

    fixture.build(site);

    assertThat(site.resolve("old")).doesNotExist();
    assertThat(site.resolve("index.html")).isRegularFile();
    assertThat(output.resolve("neighbour.txt")).hasContent("keep me");
    try (Stream<Path> siblings = Files.list(output)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("site", "neighbour.txt");
    }
    assertThat(contents(course)).isEqualTo(sourcesBefore);
  }

  @Test
  void refusesAnOutputFolderThatHoldsTheCourse() throws IOException {
    Path holder = output.resolve("holder");
    SiteFixture inner = new SiteFixture(holder.resolve("course"));
    inner.module("m01-first", "Receiving", 30, "Text.\n");
    assertThatThrownBy(() -> inner.build(holder))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("contains the course sources");
    assertThatThrownBy(() -> inner.build(holder.resolve("course"))).isInstanceOf(IOException.class);
    assertThat(holder.resolve("course/program.yml")).isRegularFile();
    assertThat(holder.resolve("course/modules/m01-first.md")).isRegularFile();
  }

  @Test
  void everyAssetIsLocalAndEveryLinkRelative() throws IOException {
    Path site = output.resolve("site");
    fixture.build(site);
    for (String path : List.of("index.html", "glossary.html", "modules/m01-first.html")) {
      Document doc = page(site, path);
      for (Element element : doc.select("link[href], script[src], img[src]")) {
        String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
        assertThat(url).as(path).doesNotContain("//").doesNotStartWith("/");
        assertThat(site.resolve(path).getParent().resolve(url).normalize()).isRegularFile();
      }
      for (Element link : doc.select("a[href]")) {
        assertThat(link.attr("href")).as(path).doesNotStartWith("/");
      }
    }
    assertThat(Files.readString(site.resolve("assets/coursekit.css")))
        .doesNotContainPattern("@import|url\\(");
    assertThat(Files.readString(site.resolve("assets/coursekit.js")))
        .doesNotContainPattern("https?://|fetch\\(|XMLHttpRequest");
  }

  @Test
  void localPoliciesArePublishedAsPagesOrFiles() throws IOException {
    Path site = output.resolve("site");
    SiteResult result = fixture.build(site);
    Document policy = page(site, "policies/advisory-group.html");
    assertThat(policy.select("h1").eachText()).containsExactly("Advisory group");
    assertThat(policy.select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("../assets/coursekit.css");
    assertThat(site.resolve("policies/automation.pdf")).hasContent("%PDF-1.4 fake");
    assertThat(result.findings())
        .anySatisfy(
            finding -> {
              assertThat(finding.rule()).isEqualTo("A11Y-001");
              assertThat(finding.at().toString()).isEqualTo("policies/advisory-group.md:3:20");
            });
  }

  @Test
  void brokenThemeTemplateIsAThemeErrorAndLeavesNoTrace(@TempDir Path theme) throws IOException {
    String base = "META-INF/coursekit/themes/default/";
    ClassLoader real = SiteOutputTest.class.getClassLoader();
    List<String> files =
        List.of(
            "theme.yaml",
            "assets.txt",
            "assets/coursekit-runtime.js",
            "assets/coursekit-shell.css",
            "assets/coursekit.css",
            "assets/coursekit.js",
            "assets/favicon.svg",
            "templates/layout.ftlh",
            "templates/index.ftlh",
            "templates/glossary.ftlh",
            "templates/document.ftlh",
            "templates/quiz.ftlh");
    for (String file : files) {
      Path copy = theme.resolve(base + file);
      Files.createDirectories(copy.getParent());
      try (var in = real.getResourceAsStream(base + file)) {
        Files.write(copy, in.readAllBytes());
      }
    }
    Files.writeString(
        theme.resolve(base + "templates/module.ftlh"), "<h1>${page.title}</h1>\n${page.nope}\n");
    Path site = output.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), "previous site");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {theme.toUri().toURL()}, null)) {
      SiteGenerator generator = new SiteGenerator(loader);
      assertThatThrownBy(() -> generator.generate(fixture.load(), new SiteOptions(site, null)))
          .isInstanceOf(ThemeException.class)
          .hasMessageContaining("module.ftlh")
          .hasMessageContaining("line 2");
    }
    assertThat(site.resolve("index.html")).hasContent("previous site");
    try (Stream<Path> siblings = Files.list(output)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
    }
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString().replace('\\', '/'),
            HexFormat.of().formatHex(Files.readAllBytes(file)));
      }
    }
    return files;
  }
}
