package org.coursekit.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Program;
import org.coursekit.render.HtmlSanitiser;
import org.coursekit.render.MarkdownOptions;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.render.QuizSlots;
import org.coursekit.render.RenderedMarkdown;
import org.coursekit.render.TemplateRenderer;

/**
 * Publishes the policy documents a program keeps in the course folder, at the same relative path:
 * Markdown becomes a page in the site layout, any other file is copied. Missing files are left to
 * the loader's FMT-005; files the site cannot publish are reported.
 */
final class LocalDocuments {

  /** Rule id of a local policy file the site cannot publish; not a catalogue rule. */
  static final String UNPUBLISHABLE_RULE = "SITE-001";

  /** Site paths the generator writes itself, and folders that may hold secret items. */
  private static final List<String> RESERVED_FILES = List.of("index.html", GlossaryPages.PATH);

  private static final List<String> RESERVED_FOLDERS =
      List.of("assets/", "modules/", "items/", "assessments/");

  private final Path root;
  private final MarkdownRenderer markdown;
  private final TemplateRenderer templates;
  private final PageFrames frames;
  private final List<Finding> findings;

  LocalDocuments(
      Path courseRoot,
      MarkdownRenderer markdown,
      TemplateRenderer templates,
      PageFrames frames,
      List<Finding> findings) {
    this.root = courseRoot.toAbsolutePath().normalize();
    this.markdown = markdown;
    this.templates = templates;
    this.frames = frames;
    this.findings = findings;
  }

  /**
   * Publishes every local policy document and returns where each policy now lives in the site, by
   * policy name. A policy whose file could not be published has no entry.
   */
  Map<String, String> publish(List<Program.Policy> policies, OutputFolder out) throws IOException {
    Map<String, String> published = new LinkedHashMap<>();
    for (Program.Policy policy : policies) {
      if (policy.target() == null || policy.target().isBlank() || policy.external()) {
        continue;
      }
      Optional<String> sitePath = publishOne(policy, out);
      sitePath.ifPresent(path -> published.put(policy.name(), path));
    }
    return published;
  }

  private Optional<String> publishOne(Program.Policy policy, OutputFolder out) throws IOException {
    Path source;
    try {
      source = root.resolve(policy.target().strip()).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (!source.startsWith(root) || source.equals(root)) {
      report(
          policy,
          "is outside the course folder, so it cannot be published with the site."
              + " Move it into the course, e.g. policies/"
              + source.getFileName()
              + ".");
      return Optional.empty();
    }
    if (Files.exists(source) && !source.toRealPath().startsWith(root.toRealPath())) {
      report(
          policy,
          "leads outside the course folder through a symbolic link, so it is not read or"
              + " published. Copy the file into the course instead of linking to it.");
      return Optional.empty();
    }
    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    String relative = root.relativize(source).toString().replace('\\', '/');
    boolean isMarkdown = relative.toLowerCase(Locale.ROOT).endsWith(".md");
    String sitePath =
        isMarkdown ? relative.substring(0, relative.length() - 3) + ".html" : relative;
    if (RESERVED_FILES.contains(sitePath)
        || RESERVED_FOLDERS.stream().anyMatch(sitePath::startsWith)) {
      report(
          policy,
          "cannot be published at "
              + sitePath
              + " because the site keeps that place"
              + " for its own pages or for assessment items. Move it to a folder such as policies/.");
      return Optional.empty();
    }
    if (out.contains(sitePath)) {
      return Optional.of(sitePath);
    }
    if (!isMarkdown) {
      out.copy(source, sitePath);
      return Optional.of(sitePath);
    }
    Optional<String> text = readUtf8(source, relative);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (HtmlSanitiser.Removal removed : markdown.removals(text.get())) {
      findings.add(
          Finding.warning(
              HtmlSanitiser.RULE,
              new SourceRef(relative, removed.line(), removed.column()),
              HtmlSanitiser.removedMessage(removed.what())));
    }
    RenderedMarkdown rendered = markdown.render(text.get(), MarkdownOptions.page(QuizSlots.NONE));
    for (RenderedMarkdown.MissingAlt image : rendered.imagesWithoutAlt()) {
      findings.add(
          Finding.warning(
              ModulePages.MISSING_ALT_RULE,
              new SourceRef(relative, image.line(), image.column()),
              "The image "
                  + image.source()
                  + " has no alt text. Describe it in the brackets, or mark a purely decorative"
                  + " image with empty brackets and the title \"decorative\"."));
    }
    String title =
        rendered.title() != null ? rendered.title() : DisplayText.policyLabel(policy.name());
    DocumentPage page = new DocumentPage(title, rendered.html());
    PageFrame frame = frames.frame(title, sitePath, "document", null);
    out.writeText(
        sitePath, templates.render("document.ftlh", Map.of("frame", frame, "page", page)));
    return Optional.of(sitePath);
  }

  private Optional<String> readUtf8(Path source, String relative) throws IOException {
    byte[] bytes = Files.readAllBytes(source);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      findings.add(
          Finding.error(
              "FMT-001",
              SourceRef.startOf(relative),
              relative
                  + " is not valid UTF-8 text, so it cannot be published. Save it as UTF-8 in"
                  + " your editor (\"Save with encoding: UTF-8\")."));
      return Optional.empty();
    }
  }

  private void report(Program.Policy policy, String problem) {
    findings.add(
        Finding.warning(
            UNPUBLISHABLE_RULE,
            policy.at() != null ? policy.at() : SourceRef.startOf("program.yml"),
            "The "
                + DisplayText.policyLabel(policy.name()).toLowerCase(Locale.ROOT)
                + " policy file "
                + policy.target()
                + " "
                + problem));
  }
}
