package org.coursekit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.site.SiteFixture.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coursekit.diag.Finding;
import org.coursekit.rules.builtin.LandingPageFact;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered-site halves of DSC-001 (every landing block is shown), DSC-002 (disclaimer shown, no
 * claim in any page) and MOD-001 (every module page shows its objectives).
 */
class RenderedSiteChecksTest {

  private static final Set<String> RULES = Set.of("DSC-001", "DSC-002", "MOD-001");
  private static final String TEMPLATES = "META-INF/coursekit/themes/default/templates/";

  @TempDir Path course;
  @TempDir Path output;
  @TempDir Path theme;

  private SiteFixture fixture() throws IOException {
    return new SiteFixture(course)
        .write("policies/advisory-group.md", "# Advisory group\n\nSeven members.\n")
        .write("policies/automation.pdf", "%PDF-1.4")
        .module("m01-first", "Receiving", 25, "## Receipt\n\nText.\n")
        .module("m02-second", "Storing", 65, "Text.\n");
  }

  private static List<String> checked(SiteResult result) {
    return result.findings().stream()
        .filter(f -> RULES.contains(f.rule()))
        .map(Finding::format)
        .toList();
  }

  @Test
  void theDefaultThemeShowsEveryBlockAndObjectives() throws Exception {
    Path site = output.resolve("site");
    SiteResult result = fixture().build(site);

    assertThat(checked(result)).isEmpty();
    Document index = page(site, "index.html");
    for (LandingPageFact fact : LandingPageFact.values()) {
      assertThat(index.getElementById(fact.htmlId())).as(fact.htmlId()).isNotNull();
    }
    assertThat(index.getElementById("certificate-disclaimer").text())
        .isEqualTo("This certificate is not a licence.");
  }

  @Test
  void aThemeThatDropsBlocksIsCaught() throws Exception {
    ClassLoader loader =
        themeWith(
            Map.of(
                "index.ftlh",
                Map.of("id=\"attempts\"", "id=\"tries\"", "id=\"certificate-disclaimer\" ", ""),
                "module.ftlh",
                Map.of("id=\"objectives\"", "id=\"goals\"")));
    SiteResult result =
        new SiteGenerator(loader)
            .generate(fixture().load(), new SiteOptions(output.resolve("site"), null));

    assertThat(checked(result))
        .containsExactly(
            "modules/m01-first.md:7:3: error [MOD-001] The published page of module `m01-first`"
                + " (modules/m01-first.html) has no objectives block (an element with"
                + " id=\"objectives\"). Learners must see every objective of a module at its start"
                + " (QM 2.2, 2.3). Use a theme whose module.ftlh lists each objective inside"
                + " id=\"objectives\".",
            "modules/m02-second.md:7:3: error [MOD-001] The published page of module `m02-second`"
                + " (modules/m02-second.html) has no objectives block (an element with"
                + " id=\"objectives\"). Learners must see every objective of a module at its start"
                + " (QM 2.2, 2.3). Use a theme whose module.ftlh lists each objective inside"
                + " id=\"objectives\".",
            "program.yml:25:20: error [DSC-001] The published landing page (index.html) does not"
                + " show how many attempts a learner has, although program.yml declares it: the"
                + " theme renders no element with id=\"attempts\". Learners must see it before"
                + " they enrol (E2659-24 public information; QM Standard 1). Use a theme whose"
                + " index.ftlh shows it with that id.",
            "program.yml:32:15: error [DSC-002] The published landing page (index.html) does not"
                + " show the certificate disclaimer: the theme renders no element with"
                + " id=\"certificate-disclaimer\". Learners must read what the certificate does"
                + " and does not mean before they enrol (E2659-18 4.1.3). Use a theme whose"
                + " index.ftlh shows it with that id.");
  }

  @Test
  void claimsOnlyThePagesShowAreReportedAtTheirSource() throws Exception {
    SiteFixture fixture = fixture();
    fixture
        .write(
            "glossary.yml",
            "- term: Handler\n  definition: A technician; graduates become certified handlers.\n")
        .module("m01-first", "Receiving", 25, "## Receipt\n\nYou will be certified.\n");

    SiteResult result = fixture.build(output.resolve("site"));

    // The module's claim is in its source, where the DSC-002 rule reports it with its position.
    assertThat(checked(result))
        .containsExactly(
            "glossary.yml:1:1: error [DSC-002] The published page glossary.html contains"
                + " \"graduates become certified\", which says or implies that certificate holders"
                + " become certified, licensed or registered, or that the program is a"
                + " certification. A certificate program documents training and a passed"
                + " assessment and must not claim more (E2659-09 5.2.4.2(1); E2659-18 4.1.3)."
                + " Reword it, e.g. \"you will earn a certificate\" or \"this certificate"
                + " program\"; if it is a technical term, add it to DSC-002's `allowed_phrases` in"
                + " coursekit.yml. The text comes from this source file or from the theme.");
  }

  @Test
  void accreditationThatDoesNotListTheProgramIsNotClaimed() throws Exception {
    SiteFixture fixture = fixture();
    fixture.write(
        "program.yml", SiteFixture.PROGRAM.replace("scope: [fixture-course]", "scope: [other]"));
    Path site = output.resolve("site");

    SiteResult result = fixture.build(site);

    assertThat(checked(result)).isEmpty();
    assertThat(page(site, "index.html").getElementById("accreditation")).isNull();
  }

  /** The default theme with text replaced in some templates, served from {@link #theme}. */
  private ClassLoader themeWith(Map<String, Map<String, String>> edits) throws IOException {
    ClassLoader parent = RenderedSiteChecksTest.class.getClassLoader();
    Map<String, URL> replaced = new HashMap<>();
    for (Map.Entry<String, Map<String, String>> template : edits.entrySet()) {
      String text;
      try (InputStream in = parent.getResourceAsStream(TEMPLATES + template.getKey())) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      for (Map.Entry<String, String> edit : template.getValue().entrySet()) {
        assertThat(text).as(template.getKey()).contains(edit.getKey());
        text = text.replace(edit.getKey(), edit.getValue());
      }
      Path file = theme.resolve(template.getKey());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      replaced.put(TEMPLATES + template.getKey(), url(file));
    }
    return new ClassLoader(parent) {
      @Override
      public URL getResource(String name) {
        return replaced.containsKey(name) ? replaced.get(name) : super.getResource(name);
      }
    };
  }

  private static URL url(Path file) {
    try {
      return file.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
