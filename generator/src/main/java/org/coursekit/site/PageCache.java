package org.coursekit.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.files.FileTrees;
import org.coursekit.rules.builtin.CredentialClaims;
import org.coursekit.site.RenderedSiteChecks.PageFacts;

/**
 * The build cache of rendered pages in one folder (for a site {@code
 * target/coursekit/cache/site-pages/}): per key, the page ({@code <key>.html}) and what building it
 * found ({@code <key>.json}: its findings and the facts the site checks need). The key is a hash of
 * everything the page is made from, so an entry is never stale; it is only unused. Files are
 * written under a temporary name and moved into place, and never changed afterwards; the site gets
 * copies. Safe for concurrent use by the threads of one build.
 */
final class PageCache {

  private static final String PAGE = ".html";
  private static final String FACTS = ".json";

  private final Path folder;
  private final ObjectMapper json = new ObjectMapper();
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  /**
   * What a cached page's build found.
   *
   * @param checks the fingerprint of what {@code facts} were judged against (summative stems,
   *     program and claim settings); when it differs, the facts are found again from the page
   */
  record Entry(List<Finding> findings, PageFacts facts, String checks) {
    Entry {
      findings = List.copyOf(findings);
    }
  }

  private PageCache(Path folder) {
    this.folder = folder;
  }

  static PageCache open(Path folder) throws IOException {
    Files.createDirectories(folder);
    return new PageCache(folder);
  }

  /** The cached page of {@code key}; exists once {@link #find} has returned an entry. */
  Path page(String key) {
    return folder.resolve(key + PAGE);
  }

  /** The entry of {@code key}, or empty when there is none (or it cannot be read). */
  Optional<Entry> find(String key) {
    used.add(key);
    Path facts = folder.resolve(key + FACTS);
    if (!Files.isRegularFile(page(key), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(entry(json.readTree(facts.toFile())));
    } catch (IOException | RuntimeException e) {
      // A missing or damaged entry (an interrupted build, a disk error) is rebuilt, not reported.
      return Optional.empty();
    }
  }

  /** Stores a page and what building it found. */
  void store(String key, byte[] page, Entry entry) throws IOException {
    used.add(key);
    write(page(key), page);
    storeFacts(key, entry);
  }

  /** Replaces what is known about the page of {@code key}. */
  void storeFacts(String key, Entry entry) throws IOException {
    used.add(key);
    write(folder.resolve(key + FACTS), json.writeValueAsBytes(node(entry)));
  }

  /** Deletes the entries this build did not use, so the cache does not grow without end. */
  void prune() throws IOException {
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(
          file -> {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot < 0 || !used.contains(name.substring(0, dot))) {
              stale.add(file);
            }
          });
    }
    for (Path file : stale) {
      Files.deleteIfExists(file);
    }
  }

  private void write(Path file, byte[] bytes) throws IOException {
    FileTrees.writeWhole(file, bytes);
  }

  private ObjectNode node(Entry entry) {
    ObjectNode node = json.createObjectNode();
    node.put("checks", entry.checks());
    node.put("objectivesShown", entry.facts().objectivesShown());
    ArrayNode claims = node.putArray("claims");
    for (CredentialClaims.Claim claim : entry.facts().claims()) {
      claims
          .addObject()
          .put("kind", claim.kind().name())
          .put("text", claim.text())
          .put("start", claim.start())
          .put("end", claim.end());
    }
    ArrayNode leaked = node.putArray("leakedItems");
    entry.facts().leakedItems().forEach(leaked::add);
    ArrayNode findings = node.putArray("findings");
    for (Finding finding : entry.findings()) {
      findings
          .addObject()
          .put("rule", finding.rule())
          .put("severity", finding.severity().name())
          .put("file", finding.at().file())
          .put("line", finding.at().line())
          .put("column", finding.at().column())
          .put("message", finding.message());
    }
    return node;
  }

  private static Entry entry(JsonNode node) {
    List<CredentialClaims.Claim> claims = new ArrayList<>();
    for (JsonNode claim : node.required("claims")) {
      claims.add(
          new CredentialClaims.Claim(
              CredentialClaims.Kind.valueOf(claim.required("kind").asText()),
              claim.required("text").asText(),
              claim.required("start").asInt(),
              claim.required("end").asInt()));
    }
    List<String> leaked = new ArrayList<>();
    node.required("leakedItems").forEach(id -> leaked.add(id.asText()));
    List<Finding> findings = new ArrayList<>();
    for (JsonNode finding : node.required("findings")) {
      findings.add(
          new Finding(
              finding.required("rule").asText(),
              Severity.valueOf(finding.required("severity").asText()),
              new SourceRef(
                  finding.required("file").asText(),
                  finding.required("line").asInt(),
                  finding.required("column").asInt()),
              finding.required("message").asText()));
    }
    return new Entry(
        findings,
        new PageFacts(node.required("objectivesShown").asInt(), claims, leaked),
        node.required("checks").asText());
  }
}
