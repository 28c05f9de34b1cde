package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.coursekit.rules.CourseFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The pathological-input corpus of issue 6: one case per way a course can be broken or hostile,
 * named for what it breaks, each a small damage to a copy of the example course with what the build
 * must say about it.
 */
final class HostileCourses {

  static final String MODULE = "modules/m01-receipt.md";
  static final String ITEM = "items/Q-M01-F2.yml";

  /** 10 MB: the largest course file CourseKit reads (see README, "Limits"). */
  static final int LIMIT_BYTES = 10 * 1024 * 1024;

  private HostileCourses() {}

  /** Damages the course in {@code course}; {@code outside} is a folder beside the course. */
  @FunctionalInterface
  interface Damage {
    void apply(CourseFixture course, Path outside) throws Exception;
  }

  /** What the build must have said. */
  @FunctionalInterface
  interface Expect {
    /**
     * @param packaged the report of the package build (load, checks, site content, packages)
     * @param validated the report of validate alone
     */
    void check(BuildReport packaged, BuildReport validated, Path output) throws Exception;
  }

  /**
   * @param allowed elements the case's coursekit.yml allows on purpose (they may be published)
   */
  record Case(String name, Damage damage, Expect expect, java.util.Set<String> allowed) {
    Case(String name, Damage damage, Expect expect) {
      this(name, damage, expect, java.util.Set.of());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Files beside the course that a hostile course tries to read or publish. */
  static void writeSentinels(Path outside, String secret) throws IOException {
    Files.writeString(outside.resolve("secret.md"), "---\nid: secret\n---\n# " + secret + "\n");
    Files.writeString(outside.resolve("secret.png"), secret);
    Files.writeString(outside.resolve("program.yml"), "id: " + secret + "\n");
    Files.writeString(outside.resolve("baseline.json"), "{\"" + secret + "\": 1}");
  }

  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    cases.addAll(yaml());
    cases.addAll(markdown());
    cases.addAll(encodings());
    cases.addAll(ids());
    cases.addAll(paths());
    cases.addAll(html());
    return cases;
  }

  // ------------------------------------------------------------------------------------ YAML

  private static List<Case> yaml() {
    return List.of(
        new Case(
            "yaml-alias-bomb",
            (c, o) -> c.write("program.yml", billionLaughs()),
            finding("FMT-002", "program.yml", "aliases")),
        new Case(
            "yaml-alias-expansion",
            (c, o) -> c.write("people.yml", aliasExpansion()),
            finding("FMT-002", "people.yml", "")),
        new Case(
            "yaml-recursive-alias",
            (c, o) -> c.write("glossary.yml", "- &a\n  term: x\n  definition: [*a]\n"),
            finding("FMT-002", "glossary.yml", "")),
        new Case(
            "yaml-deep-flow-nesting",
            (c, o) -> c.write("glossary.yml", "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
            finding("FMT-002", "glossary.yml", "nested")),
        new Case(
            "yaml-deep-block-nesting-front-matter",
            (c, o) -> c.edit(MODULE, "title: Receiving", deepBlock(200) + "title: Receiving"),
            finding("FMT-002", MODULE, "nested")),
        new Case(
            "yaml-larger-than-limit",
            (c, o) -> c.write("items/Q-BIG.yml", "id: Q-BIG\n#" + "x".repeat(LIMIT_BYTES) + "\n"),
            finding("FMT-001", "items/Q-BIG.yml", "MB")),
        new Case(
            "yaml-duplicate-keys",
            (c, o) -> c.edit("program.yml", "version: 1.0.0\n", "version: 1.0.0\ntitle: Twice\n"),
            findingAtLine("FMT-002", "program.yml", 4)),
        new Case(
            "yaml-tab-indentation",
            (c, o) -> c.edit("people.yml", "  name: J. Rivera, MS", "\tname: J. Rivera, MS"),
            finding("FMT-002", "people.yml", "tab")),
        new Case(
            "yaml-multiple-documents",
            (c, o) -> c.write("coursekit.yml", "profile: release\n---\nprofile: draft\n"),
            finding("FMT-002", "coursekit.yml", "")),
        new Case(
            "yaml-root-is-a-list",
            (c, o) -> c.write("program.yml", "- id: x\n- title: y\n"),
            finding("FMT-003", "program.yml", "mapping")),
        new Case(
            "yaml-root-is-a-scalar-everywhere",
            (c, o) -> {
              c.write(ITEM, "just text\n");
              c.write("coursekit.yml", "42\n");
              c.write("glossary.yml", "a glossary\n");
              c.write("people.yml", "nobody\n");
              c.write("assessments/final-exam.yml", "true\n");
            },
            all(
                finding("FMT-003", ITEM, ""),
                finding("FMT-003", "coursekit.yml", ""),
                finding("FMT-003", "glossary.yml", ""),
                finding("FMT-003", "people.yml", ""),
                finding("FMT-003", "assessments/final-exam.yml", ""))),
        scalarsBecome("yaml-scalars-become-mappings", "{ wrong: [type] }"),
        scalarsBecome("yaml-scalars-become-lists", "[1, [2]]"),
        scalarsBecome("yaml-scalars-become-null", "~"),
        scalarsBecome("yaml-scalars-become-extreme-numbers", "1e999999999"),
        new Case(
            "yaml-special-numbers-and-dates",
            (c, o) ->
                c.edit(MODULE, "duration_minutes: 45", "duration_minutes: .inf")
                    .edit(
                        "program.yml", "version: 1.0.0", "version: 1.0.0\nreviewed_on: 2026-02-30")
                    .edit(ITEM, "id: Q-M01-F2", "id: Q-M01-F2\npoints: -.nan"),
            finding("FMT-003", MODULE, "")),
        new Case(
            "yaml-tags-and-anchors-that-construct-nothing",
            (c, o) ->
                c.edit("program.yml", "title: Cell", "title: !!python/object:os.system Cell")
                    .edit(MODULE, "version: 1.0.0", "version: !!binary aGVsbG8=")
                    .edit(ITEM, "type: multiple", "type: !custom multiple"),
            (p, v, out) -> assertThat(p.findings()).isNotNull()),
        new Case(
            "yaml-invalid-glob-in-pool",
            (c, o) ->
                c.edit(
                    "assessments/final-exam.yml",
                    "include: [\"items/secure/Q-M*.yml\"]",
                    "include: [\"items/[secure/{Q-M*.yml\"]"),
            finding("FMT-003", "assessments/final-exam.yml", "")));
  }

  // -------------------------------------------------------------------------------- Markdown

  private static List<Case> markdown() {
    return List.of(
        new Case(
            "md-10000-nested-blockquotes",
            (c, o) -> appendToModule(c, ">".repeat(10_000) + " deep\n"),
            neutralisedOrFinding(MODULE)),
        new Case(
            "md-100000-nested-blockquotes",
            (c, o) -> appendToModule(c, ">".repeat(100_000) + " deep\n"),
            neutralisedOrFinding(MODULE)),
        new Case(
            "md-10000-nested-lists",
            (c, o) -> appendToModule(c, "- ".repeat(10_000) + "deep\n"),
            neutralisedOrFinding(MODULE)),
        new Case(
            "md-10000-indented-lists",
            (c, o) -> {
              StringBuilder list = new StringBuilder();
              for (int i = 0; i < 10_000; i++) {
                list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
              }
              appendToModule(c, list.toString());
            },
            neutralisedOrFinding(MODULE)),
        new Case(
            "md-pathological-inlines",
            (c, o) ->
                appendToModule(
                    c,
                    "[".repeat(20_000)
                        + "\n\n"
                        + "*a **a ".repeat(10_000)
                        + "\n\n"
                        + "<a ".repeat(10_000)
                        + "\n\n"
                        + "`".repeat(10_000)
                        + "x\n\n"
                        + "[^".repeat(10_000)
                        + "\n"),
            neutralisedOrFinding(MODULE)),
        new Case(
            "md-huge-table",
            (c, o) -> {
              StringBuilder table = new StringBuilder();
              table.append("|").append(" h |".repeat(50)).append('\n');
              table.append("|").append("---|".repeat(50)).append('\n');
              for (int row = 0; row < 500; row++) {
                table.append("|").append(" <b>c</b> & x |".repeat(50)).append('\n');
              }
              appendToModule(c, table.toString());
            },
            neutralisedOrFinding(MODULE)),
        new Case(
            "md-module-larger-than-limit",
            (c, o) ->
                c.write(
                    "modules/m05-huge.md",
                    "---\nid: m05-huge\n---\n" + "A line of text.\n".repeat(LIMIT_BYTES / 16 + 1)),
            finding("FMT-001", "modules/m05-huge.md", "MB")),
        new Case(
            "md-unterminated-everything",
            (c, o) ->
                c.write(
                    "modules/m05-open.md",
                    "---\nid: m05-open\ntitle: \"open\n```quiz\nid: [\n<div>\n<!-- \n[x](\n"),
            finding("FMT-002", "modules/m05-open.md", "")));
  }

  // ------------------------------------------------------------------- encodings, line ends

  private static List<Case> encodings() {
    return List.of(
        new Case(
            "binary-module",
            (c, o) -> Files.write(c.root().resolve("modules/m05-binary.md"), randomBytes(4096)),
            finding("FMT-001", "modules/m05-binary.md", "UTF-8")),
        new Case(
            "binary-yaml-with-nul",
            (c, o) ->
                Files.write(
                    c.root().resolve(ITEM),
                    ("id: Q-M01-F2\nstem: a\u0000b\n").getBytes(StandardCharsets.UTF_8)),
            finding("FMT-002", ITEM, "")),
        new Case(
            "latin1-item",
            (c, o) -> {
              byte[] text = c.read(ITEM).getBytes(StandardCharsets.ISO_8859_1);
              byte[] withE =
                  new String(text, StandardCharsets.ISO_8859_1)
                      .replace("Compare the", "Compar\u00e9 the")
                      .getBytes(StandardCharsets.ISO_8859_1);
              Files.write(c.root().resolve(ITEM), withE);
            },
            finding("FMT-001", ITEM, "0xE9")),
        new Case(
            "utf16-program",
            (c, o) ->
                Files.write(
                    c.root().resolve("program.yml"),
                    c.read("program.yml").getBytes(StandardCharsets.UTF_16)),
            finding("FMT-001", "program.yml", "UTF-8")),
        new Case(
            "utf8-bom-everywhere",
            (c, o) -> rewriteText(c, text -> "\uFEFF" + text),
            neutralised()),
        new Case(
            "crlf-everywhere",
            (c, o) -> rewriteText(c, text -> text.replace("\n", "\r\n")),
            neutralised()),
        new Case(
            "mixed-line-endings",
            (c, o) -> rewriteText(c, HostileCourses::mixLineEnds),
            neutralised()),
        new Case(
            "empty-files",
            (c, o) -> {
              for (String file :
                  List.of(ITEM, "glossary.yml", "coursekit.yml", "modules/m04-deviations.md")) {
                c.write(file, "");
              }
              c.write("policies/advisory-group.md", "");
            },
            all(
                finding("FMT-003", ITEM, "empty"),
                finding("FMT-002", "modules/m04-deviations.md", "front matter"))),
        new Case(
            "empty-program",
            (c, o) -> c.write("program.yml", " \n\n"),
            finding("FMT-003", "program.yml", "")));
  }

  // -------------------------------------------------------------------------- ids and titles

  private static final String MARKUP =
      "Tom & Jerry <b>bold</b> \"q\" 'a' ]]> <script>alert(1)</script>";

  private static List<Case> ids() {
    return List.of(
        new Case(
            "titles-with-xml-specials",
            (c, o) ->
                c.edit(
                        "program.yml",
                        "title: Cell Product Handling and Regulatory 101",
                        "title: '" + MARKUP.replace("'", "''") + "'")
                    .edit(
                        MODULE,
                        "title: Receiving a Cryopreserved Cell Product",
                        "title: '" + MARKUP.replace("'", "''") + "'")
                    .edit(
                        "glossary.yml",
                        "term: Chain of identity",
                        "term: '" + MARKUP.replace("'", "''") + "'"),
            (p, v, out) -> {
              Document index = Jsoup.parse(out.resolve("site/index.html").toFile());
              assertThat(index.title()).contains(MARKUP);
              Document module = Jsoup.parse(out.resolve("site/modules/m01-receipt.html").toFile());
              assertThat(module.select("h1").text()).contains(MARKUP);
            }),
        new Case(
            "ids-with-xml-specials-and-spaces",
            (c, o) ->
                c.edit("program.yml", "id: cgt-product-handling", "id: 'cgt <&\"]]> x'")
                    .edit(ITEM, "id: Q-M01-F2", "id: 'Q <&\"]]> 2'")
                    .edit(MODULE, "id: LO-M01-1", "id: 'LO <&> 1'"),
            // Escaped everywhere (the outputs parse); only ids LMSs cannot carry are reported.
            finding("DSC-003", MODULE, "LO <&> 1")),
        new Case(
            "ids-that-are-paths",
            (c, o) ->
                c.edit("program.yml", "id: cgt-product-handling", "id: ../../../outside/evil")
                    .edit("program.yml", "version: 1.0.0", "version: 1.0.0/../../x"),
            // Neutralised: package file names keep letters, digits, `.`, `_` and `-` only.
            (p, v, out) ->
                assertThat(PublishedOutput.listing(out.resolve("packages")))
                    .hasSize(3)
                    .allMatch(name -> !name.contains("/") && name.endsWith(".zip"))),
        new Case(
            "ids-with-unicode",
            (c, o) -> {
              String text = c.read(MODULE).replace("id: m01-receipt", "id: m01-réception-受付");
              c.write("modules/m01-réception-受付.md", text);
              c.delete(MODULE);
              c.edit("program.yml", "modules: [m01-receipt,", "modules: [m01-réception-受付,");
            },
            (p, v, out) ->
                assertThat(out.resolve("site/modules/m01-réception-受付.html")).isRegularFile()),
        new Case(
            "unknown-key-with-markup-in-messages",
            (c, o) ->
                c.edit("program.yml", "version: 1.0.0\n", "version: 1.0.0\n\"x]]><script>&\": 1\n"),
            finding("FMT-004", "program.yml", "]]>")));
  }

  // --------------------------------------------------------------------------- paths

  private static List<Case> paths() {
    return List.of(
        new Case(
            "image-path-escapes-course",
            (c, o) -> appendToModule(c, "![Secret](../../outside/secret.png)\n"),
            findingOnLineOf("SEC-002", MODULE, "../../outside/secret.png")),
        new Case(
            "image-absolute-path",
            (c, o) -> appendToModule(c, "![Secret](" + o.resolve("secret.png") + ")\n"),
            finding("FMT-005", MODULE, "")),
        new Case(
            "image-file-url",
            (c, o) -> appendToModule(c, "![Secret](" + o.resolve("secret.png").toUri() + ")\n"),
            findingOnLineOf("SEC-001", MODULE, "file:")),
        new Case(
            "link-escapes-course",
            (c, o) -> appendToModule(c, "[Secret](../../outside/secret.md)\n"),
            findingOnLineOf("SEC-002", MODULE, "../../outside/secret.md")),
        new Case(
            "symlinked-module-outside",
            (c, o) ->
                Files.createSymbolicLink(
                    c.root().resolve("modules/m05-secret.md"), o.resolve("secret.md")),
            finding("SEC-002", "modules/m05-secret.md", "outside")),
        new Case(
            "symlinked-program-outside",
            (c, o) -> {
              c.delete("program.yml");
              Files.createSymbolicLink(c.root().resolve("program.yml"), o.resolve("program.yml"));
            },
            finding("SEC-002", "program.yml", "outside")),
        new Case(
            "symlinked-image-outside",
            (c, o) -> {
              Files.createSymbolicLink(
                  c.root().resolve("modules/m01-receipt/secret.png"), o.resolve("secret.png"));
              appendToModule(c, "![Secret](m01-receipt/secret.png)\n");
            },
            findingOnLineOf("SEC-002", MODULE, "m01-receipt/secret.png")),
        new Case(
            "symlinked-media-folder-outside",
            (c, o) -> {
              Files.createSymbolicLink(c.root().resolve("modules/m01-receipt/linked"), o);
              appendToModule(c, "![Secret](m01-receipt/linked/secret.png)\n");
            },
            findingOnLineOf("SEC-002", MODULE, "m01-receipt/linked/secret.png")),
        new Case(
            "symlinked-policy-folder-outside",
            (c, o) -> {
              Files.createSymbolicLink(c.root().resolve("policies/linked"), o);
              c.edit(
                  "program.yml",
                  "automation: policies/ai-and-automation.md",
                  "automation: policies/linked/secret.md");
            },
            builtFinding("SITE-001", "program.yml", "symbolic link")),
        new Case(
            "policy-path-escapes-course",
            (c, o) ->
                c.edit(
                    "program.yml",
                    "automation: policies/ai-and-automation.md",
                    "automation: ../outside/secret.md"),
            builtFinding("SITE-001", "program.yml", "outside")),
        new Case(
            "policy-absolute-path",
            (c, o) ->
                c.edit(
                    "program.yml",
                    "automation: policies/ai-and-automation.md",
                    "automation: " + o.resolve("secret.md")),
            builtFinding("SITE-001", "program.yml", "outside")),
        new Case(
            "quiz-ref-escapes-course",
            (c, o) -> c.edit(MODULE, "ref: Q-M01-F2", "ref: ../../outside/secret"),
            finding("GEN-001", MODULE, "")),
        new Case(
            "baseline-escapes-course",
            (c, o) ->
                c.write("coursekit.yml", "profile: release\nbaseline: ../outside/baseline.json\n"),
            finding("SEC-002", "coursekit.yml", "outside")));
  }

  // ---------------------------------------------------------------------------- raw HTML

  private static List<Case> html() {
    return List.of(
        new Case(
            "html-script",
            (c, o) ->
                appendToModule(
                    c, "<script>alert(1)</script>\n\nText <script>alert(2)</script> inline.\n"),
            all(
                findingOnLineOf("SEC-001", MODULE, "<script>alert(1)"),
                findingOnLineOf("SEC-001", MODULE, "<script>alert(2)"),
                page("site/modules/m01-receipt.html", "inline."))),
        new Case(
            "html-event-handlers",
            (c, o) ->
                appendToModule(
                    c,
                    "<img src=\"m01-receipt/divider.svg\" alt=\"d\" onerror=\"alert(1)\">\n\n"
                        + "<p onclick=\"alert(2)\" ONMOUSEOVER=alert(3)>kept text</p>\n"),
            all(
                findingOnLineOf("SEC-001", MODULE, "onerror"),
                findingOnLineOf("SEC-001", MODULE, "onclick"),
                page("site/modules/m01-receipt.html", "kept text"))),
        new Case(
            "html-javascript-urls",
            (c, o) ->
                appendToModule(
                    c,
                    "[a](javascript:alert(1)) and <a href=\"JaVaScRiPt:alert(2)\">b</a>\n\n"
                        + "[c](java&#x09;script:alert(3)) <javascript:alert(4)> [d][e]\n\n"
                        + "[e]: vbscript:msgbox(5)\n"),
            all(
                findingOnLineOf("SEC-001", MODULE, "[a](javascript"),
                findingOnLineOf("SEC-001", MODULE, "[c](java"))),
        new Case(
            "html-frames-styles-and-srcdoc",
            (c, o) ->
                appendToModule(
                    c,
                    "<iframe src=\"https://example.org\"></iframe>\n\n"
                        + "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>\n\n"
                        + "<style>body { display: none }</style>\n\n"
                        + "<div style=\"position:fixed\">styled</div>\n\n"
                        + "<form action=\"https://evil.example\"><input name=p></form>\n"),
            all(
                findingOnLineOf("SEC-001", MODULE, "<iframe src"),
                findingOnLineOf("SEC-001", MODULE, "<style>"),
                (p, v, out) -> {
                  Document page =
                      Jsoup.parse(out.resolve("site/modules/m01-receipt.html").toFile());
                  assertThat(page.select("main style, main form[action], main [style]")).isEmpty();
                })),
        new Case(
            "html-svg-and-math-with-script",
            (c, o) ->
                appendToModule(
                    c,
                    "<svg onload=\"alert(1)\"><script>alert(2)</script><a xlink:href=\"javascript:alert(3)\">x</a></svg>\n\n"
                        + "<math><mtext><script>alert(4)</script></mtext></math>\n"),
            findingOnLineOf("SEC-001", MODULE, "<svg")),
        new Case(
            "html-data-urls-objects-and-embeds",
            (c, o) ->
                appendToModule(
                    c,
                    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)\n\n"
                        + "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>\n\n"
                        + "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">\n"),
            all(
                findingOnLineOf("SEC-001", MODULE, "![x](data:"),
                findingOnLineOf("SEC-001", MODULE, "<object"))),
        new Case(
            "html-in-yaml-texts",
            (c, o) ->
                c.edit(
                        ITEM,
                        "  A dry shipper has just arrived.",
                        "  A dry shipper <img src=x onerror=alert(1)> has just arrived.")
                    .edit(
                        "glossary.yml",
                        "The unbroken link",
                        "The <script>alert(2)</script> unbroken link")
                    .edit(
                        "program.yml",
                        "Prepare newly hired",
                        "Prepare <iframe src=//evil></iframe> newly hired"),
            all(
                finding("SEC-001", ITEM, "onerror"),
                finding("SEC-001", "glossary.yml", "script"),
                finding("SEC-001", "program.yml", "iframe"))),
        new Case(
            "html-in-policy-document",
            (c, o) ->
                c.write(
                    "policies/ai-and-automation.md",
                    "# Automation\n\nText.\n\n<script>alert(1)</script>\n"),
            findingAtLine("SEC-001", "policies/ai-and-automation.md", 5)),
        new Case(
            "html-allow-list-widened",
            (c, o) -> {
              c.write(
                  "coursekit.yml",
                  "profile: release\nhtml:\n  allow:\n    tags: [iframe]\n"
                      + "    attributes: { iframe: [src, title] }\n");
              appendToModule(
                  c,
                  "<iframe src=\"https://video.example/v\" title=\"Video\"></iframe>\n\n"
                      + "<iframe src=\"javascript:alert(1)\" onload=\"alert(2)\"></iframe>\n");
            },
            all(
                findingOnLineOf("SEC-001", MODULE, "javascript:alert(1)"),
                noFindingOnLineOf("SEC-001", MODULE, "video.example"),
                (p, v, out) -> {
                  Document page =
                      Jsoup.parse(out.resolve("site/modules/m01-receipt.html").toFile());
                  assertThat(page.select("iframe[src=https://video.example/v][title=Video]"))
                      .hasSize(1);
                  assertThat(page.select("iframe")).hasSize(2);
                  assertThat(page.select("iframe[onload], iframe[src^=javascript]")).isEmpty();
                }),
            java.util.Set.of("iframe")),
        new Case(
            "html-allow-list-refuses-script",
            (c, o) ->
                c.write(
                    "coursekit.yml",
                    "profile: release\nhtml:\n  allow:\n    tags: [script, ifrme]\n"
                        + "    attributes: { img: [onerror, srcdoc] }\n    protocols: [javascript]\n"),
            all(
                findingAtLine("FMT-003", "coursekit.yml", 4),
                finding("FMT-004", "coursekit.yml", "Did you mean `iframe`?"),
                findingAtLine("FMT-003", "coursekit.yml", 5),
                finding("FMT-004", "coursekit.yml", "protocols"))));
  }

  // ---------------------------------------------------------------------------- damage helpers

  private static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("id: bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'z'; name++) {
      yaml.append(name).append(": &").append(name).append(" [");
      yaml.append(String.join(",", java.util.Collections.nCopies(9, "*" + previous)));
      yaml.append("]\n");
      previous = name;
    }
    return yaml.toString();
  }

  private static String aliasExpansion() {
    StringBuilder yaml = new StringBuilder("- &a0 [x, x]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("- &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1);
      yaml.append("]\n");
    }
    return yaml.toString();
  }

  private static String deepBlock(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    yaml.append("  ".repeat(depth)).append("leaf\n");
    return yaml.toString();
  }

  /** Every inline scalar becomes {@code value}: a type error, first of all in program.yml. */
  private static Case scalarsBecome(String name, String value) {
    return new Case(name, (c, o) -> swapScalars(c, value), finding("FMT-003", "program.yml", ""));
  }

  /** Every inline scalar value of every YAML file and front matter becomes {@code value}. */
  private static void swapScalars(CourseFixture course, String value) throws IOException {
    Pattern keyLine = Pattern.compile("(?m)^(\\s*(?:- )?[A-Za-z_][A-Za-z0-9_]*:) +(?![|>]).+$");
    try (Stream<Path> files = Files.walk(course.root())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = course.root().relativize(file).toString().replace('\\', '/');
        if (!name.endsWith(".yml") && !name.endsWith(".md")) {
          continue;
        }
        String text = course.read(name);
        if (name.endsWith(".md")) {
          int end = text.indexOf("\n---", 4);
          if (!text.startsWith("---\n") || end < 0) {
            continue;
          }
          String front =
              keyLine
                  .matcher(text.substring(0, end))
                  .replaceAll("$1 " + Matcher.quoteReplacement(value));
          course.write(name, front + text.substring(end));
        } else {
          course.write(
              name, keyLine.matcher(text).replaceAll("$1 " + Matcher.quoteReplacement(value)));
        }
      }
    }
  }

  private static void rewriteText(
      CourseFixture course, java.util.function.UnaryOperator<String> change) throws IOException {
    try (Stream<Path> files = Files.walk(course.root())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = course.root().relativize(file).toString().replace('\\', '/');
        if (name.endsWith(".yml") || name.endsWith(".md")) {
          course.write(name, change.apply(course.read(name)));
        }
      }
    }
  }

  private static String mixLineEnds(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      mixed.append(lines[i]);
      if (i < lines.length - 1) {
        mixed.append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
      }
    }
    return mixed.toString();
  }

  private static void appendToModule(CourseFixture course, String markdown) {
    course.write(MODULE, course.read(MODULE) + "\n" + markdown);
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(6).nextBytes(bytes);
    bytes[0] = 0;
    return bytes;
  }

  // ------------------------------------------------------------------------ expectations

  static Expect all(Expect... expectations) {
    return (p, v, out) -> {
      for (Expect expect : expectations) {
        expect.check(p, v, out);
      }
    };
  }

  /** A finding of {@code rule} in {@code file}, by validate and by the package build. */
  static Expect finding(String rule, String file, String messagePart) {
    return (p, v, out) -> {
      for (BuildReport report : List.of(p, v)) {
        assertFinding(report, rule, file, messagePart);
      }
    };
  }

  /** A finding of the site or package build only (its checks run on published files). */
  static Expect builtFinding(String rule, String file, String messagePart) {
    return (p, v, out) -> assertFinding(p, rule, file, messagePart);
  }

  private static void assertFinding(
      BuildReport report, String rule, String file, String messagePart) {
    assertThat(report.findings())
        .as("a %s finding in %s mentioning '%s'", rule, file, messagePart)
        .anyMatch(
            f ->
                f.rule().equals(rule)
                    && f.at().file().equals(file)
                    && f.message().contains(messagePart));
  }

  static Expect findingAtLine(String rule, String file, int line) {
    return (p, v, out) ->
        assertThat(p.findings()).extracting(Finding::format).anyMatch(atLine(rule, file, line));
  }

  /** A finding of {@code rule} on the line of {@code file} that holds {@code text}. */
  static Expect findingOnLineOf(String rule, String file, String text) {
    return (p, v, out) -> {
      int line = lineOf(out, file, text);
      assertThat(p.findings())
          .extracting(Finding::format)
          .as("%s at the line of '%s'", rule, text)
          .anyMatch(atLine(rule, file, line));
    };
  }

  static Expect noFindingOnLineOf(String rule, String file, String text) {
    return (p, v, out) -> {
      int line = lineOf(out, file, text);
      assertThat(p.findings()).extracting(Finding::format).noneMatch(atLine(rule, file, line));
    };
  }

  /** A {@link Finding#format formatted} finding of {@code rule} at {@code line} of {@code file}. */
  private static Predicate<String> atLine(String rule, String file, int line) {
    return f -> f.startsWith(file + ":" + line + ":") && f.contains("[" + rule + "]");
  }

  /** The 1-based line of {@code text} in the course file (the course is beside the output). */
  private static int lineOf(Path output, String file, String text) throws IOException {
    List<String> lines =
        Files.readAllLines(output.resolveSibling("course").resolve(file), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  /** The published page shows {@code text}. */
  static Expect page(String path, String text) {
    return (p, v, out) -> assertThat(Jsoup.parse(out.resolve(path).toFile()).text()).contains(text);
  }

  /** Read as if nothing had happened: no format or security finding, the site published. */
  static Expect neutralised() {
    return (p, v, out) -> {
      assertThat(p.findings())
          .extracting(Finding::format)
          .noneMatch(f -> f.contains("[FMT-") || f.contains("[SEC-"));
      assertThat(out.resolve("site/modules/m01-receipt.html")).isRegularFile();
    };
  }

  /** Either published whole, or a finding at {@code file}; the rest of the course published. */
  static Expect neutralisedOrFinding(String file) {
    return (p, v, out) -> {
      boolean reported =
          p.findings().stream()
              .anyMatch(f -> f.at().file().equals(file) && f.rule().startsWith("FMT-"));
      if (!reported) {
        assertThat(out.resolve("site/modules/m01-receipt.html")).isRegularFile();
      }
      assertThat(out.resolve("site/modules/m02-chain-of-identity.html")).isRegularFile();
    };
  }
}
