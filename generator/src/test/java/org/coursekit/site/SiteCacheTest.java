package org.coursekit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coursekit.model.Course;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page cache of site builds: a cached build writes the same bytes as a clean one, and each kind
 * of edit re-renders exactly the module pages made from what changed. Which pages a build rendered
 * is read from the cache folder: a rendered page is a new cache entry, and the site's page is a
 * copy of that entry.
 */
class SiteCacheTest {

  private static final Instant TIMESTAMP = Instant.parse("2026-11-20T10:00:00Z");
  private static final Set<String> MODULE_PAGES =
      Set.of(
          "modules/m01-receipt.html",
          "modules/m02-chain-of-identity.html",
          "modules/m03-storage-and-thaw.html",
          "modules/m04-deviations.html");

  @TempDir Path temp;
  private CourseFixture course;
  private Path site;
  private Path cache;
  private SiteGenerator generator;

  @BeforeEach
  void setUp() {
    course = CourseFixture.exampleCourseIn(temp.resolve("course"));
    site = temp.resolve("out/site");
    cache = temp.resolve("out/cache");
    generator = new SiteGenerator(getClass().getClassLoader());
  }

  @Test
  void cachedAndCleanBuildsWriteTheSameBytes() throws IOException {
    SiteResult first = build(generator);
    Map<String, String> fresh = contents(site);
    SiteResult second = build(generator);

    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(second.files()).isEqualTo(first.files());
    assertThat(contents(site)).isEqualTo(fresh);
    Path clean = temp.resolve("clean/site");
    generator.generate(course.load(), new SiteOptions(clean, TIMESTAMP));
    assertThat(contents(clean)).isEqualTo(fresh);
  }

  @Test
  void cachedPagesAreAsReadableAsAnyNewFile() throws IOException {
    build(generator);
    build(generator);
    // What a new file in the site folder gets under this process's umask: a web server that can
    // read the one can read the others. (Scratch files from Files.createTempFile are owner-only.)
    Path plain = Files.writeString(temp.resolve("out/plain.txt"), "x");
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);

    try (Stream<Path> files = Files.walk(site)) {
      assertThat(files.filter(Files::isRegularFile))
          .isNotEmpty()
          .allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file)).isEqualTo(usual));
    }
  }

  @Test
  void anUnchangedCourseRendersNothing() throws IOException {
    build(generator);
    Set<String> before = entries();

    assertThat(rendered(before, () -> build(generator))).isEmpty();
    assertThat(entries()).isEqualTo(before);
  }

  @Test
  void editingAModuleBodyRendersThatModuleOnly() throws IOException {
    build(generator);

    Set<String> rendered =
        renderedAfter(
            () ->
                course.edit(
                    "modules/m02-chain-of-identity.md",
                    "The two terms sound alike but answer different questions.",
                    "The two terms sound alike, but they answer different questions."));

    assertThat(rendered).containsExactly("modules/m02-chain-of-identity.html");
    assertThat(Files.readString(site.resolve("modules/m02-chain-of-identity.html")))
        .contains("The two terms sound alike, but they answer different questions.");
  }

  @Test
  void editingAModuleTitleRendersThePagesThatShowIt() throws IOException {
    build(generator);

    Set<String> rendered =
        renderedAfter(() -> course.edit("modules/m04-deviations.md", "title: ", "title: Revised "));

    // Every module page lists every title of a short course in its navigation.
    assertThat(rendered).isEqualTo(MODULE_PAGES);
  }

  @Test
  void editingAPlacedItemRendersTheModuleThatPlacesIt() throws IOException {
    build(generator);

    Set<String> rendered =
        renderedAfter(
            () ->
                course.edit(
                    "items/Q-M03-F2.yml",
                    "The clinical team asks you to thaw a product now.",
                    "The clinical team asks you to thaw a product at once."));

    assertThat(rendered).containsExactly("modules/m03-storage-and-thaw.html");
    assertThat(Files.readString(site.resolve("modules/m03-storage-and-thaw.html")))
        .contains("thaw a product at once");
  }

  @Test
  void editingTheGlossaryRendersEveryModulePage() throws IOException {
    build(generator);

    Set<String> rendered =
        renderedAfter(() -> course.edit("glossary.yml", "The unbroken link", "The unbroken chain"));

    assertThat(rendered).isEqualTo(MODULE_PAGES);
  }

  @Test
  void changingATemplateRendersEveryModulePage() throws IOException {
    build(generator);
    Path edited = temp.resolve("module.ftlh");
    String template =
        new String(
            getClass()
                .getClassLoader()
                .getResourceAsStream("META-INF/coursekit/themes/default/templates/module.ftlh")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    Files.writeString(edited, template + "<#-- edited -->\n<!-- edited theme -->\n");
    SiteGenerator editedTheme = new SiteGenerator(new OneTemplateReplaced(edited));

    Set<String> before = entries();
    Set<String> rendered = rendered(before, () -> build(editedTheme));

    assertThat(rendered).isEqualTo(MODULE_PAGES);
    assertThat(Files.readString(site.resolve("modules/m01-receipt.html")))
        .contains("<!-- edited theme -->");
  }

  @Test
  void aSummativeQuestionInACachedPageStillWithholdsTheSite() throws IOException {
    build(generator);
    Set<String> before = entries();

    course.edit(
        "items/secure/Q-M01-S01.yml",
        "Why can a correctly charged dry shipper keep a product at cryogenic temperature even\n"
            + "  though there is no free liquid nitrogen in the product well?",
        "The two terms sound alike but answer different questions.");
    SiteResult result = build(generator);

    assertThat(entries()).as("no page was rendered again").isEqualTo(before);
    assertThat(result.published()).isFalse();
    assertThat(result.findings())
        .anySatisfy(
            finding -> {
              assertThat(finding.rule()).isEqualTo(SummativeLeakCheck.RULE);
              assertThat(finding.message()).contains("modules/m02-chain-of-identity.html");
            });
  }

  private SiteResult build(SiteGenerator with) throws IOException {
    Course loaded = course.load();
    return with.generate(loaded, new SiteOptions(site, TIMESTAMP, cache));
  }

  /** An edit, then a build: the module pages the build rendered. */
  private Set<String> renderedAfter(Runnable edit) throws IOException {
    Set<String> before = entries();
    edit.run();
    return rendered(before, () -> build(generator));
  }

  private interface Build {
    SiteResult run() throws IOException;
  }

  /** The module pages of the site that are cache entries the build created. */
  private Set<String> rendered(Set<String> before, Build build) throws IOException {
    SiteResult result = build.run();
    assertThat(result.published()).isTrue();
    Set<String> created = new TreeSet<>(entries());
    created.removeAll(before);
    Set<String> pages = new TreeSet<>();
    for (String page : MODULE_PAGES) {
      for (String entry : created) {
        if (Files.mismatch(site.resolve(page), cache.resolve("site-pages").resolve(entry)) == -1) {
          pages.add(page);
        }
      }
    }
    assertThat(pages).as("every new entry is a page of the site").hasSameSizeAs(created);
    return pages;
  }

  private Set<String> entries() throws IOException {
    try (Stream<Path> files = Files.list(cache.resolve("site-pages"))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".html"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(
            folder.relativize(file).toString(),
            new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                + "@"
                + Files.getLastModifiedTime(file));
      }
    }
    return contents;
  }

  /** The test class path, with the default theme's module.ftlh replaced by {@code template}. */
  private static final class OneTemplateReplaced extends ClassLoader {
    private final Path template;

    OneTemplateReplaced(Path template) {
      super(SiteCacheTest.class.getClassLoader());
      this.template = template;
    }

    @Override
    public URL getResource(String name) {
      if (name.equals("META-INF/coursekit/themes/default/templates/module.ftlh")) {
        try {
          return template.toUri().toURL();
        } catch (MalformedURLException e) {
          throw new UncheckedIOException(e);
        }
      }
      return super.getResource(name);
    }
  }
}
