package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.coursekit.pack.PackageFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence bundle of the example course, as the package build writes it: opened as a real zip,
 * its hashes compared with the packages of the same run, rebuilt for identical bytes, and its
 * index.html parsed with every link followed inside the zip.
 */
class EvidenceBundleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ZIP = "evidence/cgt-product-handling-1.0.0-evidence.zip";

  @TempDir static Path first;
  @TempDir static Path second;
  static BuildReport report;
  static Map<String, byte[]> entries;

  @BeforeAll
  static void build() throws Exception {
    report = packages(first);
    entries = unzip(first.resolve(ZIP));
  }

  private static BuildReport packages(Path output) throws IOException {
    return CourseBuild.create(EvidenceBundleTest.class.getClassLoader())
        .packages(ExampleCourse.options(output), EnumSet.allOf(PackageFormat.class), false);
  }

  @Test
  void thePackageBuildWritesTheBundleAfterThePackages() {
    assertThat(report.written()).contains(ZIP);
    assertThat(report.written().stream().filter(f -> f.startsWith("packages/"))).hasSize(3);
  }

  @Test
  void provenanceHashesAreThoseOfThePackagesBuiltInTheSameRun() throws Exception {
    JsonNode provenance = JSON.readTree(entries.get("provenance.json"));
    Map<String, String> hashes = new TreeMap<>();
    provenance
        .get("packages")
        .forEach(p -> hashes.put(p.get("path").asText(), p.get("sha256").asText()));

    Map<String, String> built = new TreeMap<>();
    for (String written : report.written()) {
      if (written.startsWith("packages/")) {
        Path zip = first.resolve(written);
        built.put(zip.getFileName().toString(), sha256(Files.readAllBytes(zip)));
      }
    }
    assertThat(hashes).isEqualTo(built).hasSize(3);
    assertThat(provenance.at("/program/id").asText()).isEqualTo("cgt-product-handling");
    assertThat(provenance.at("/program/version").asText()).isEqualTo("1.0.0");
    assertThat(provenance.get("output_timestamp").asText())
        .isEqualTo(ExampleCourse.TIMESTAMP.toString());
    assertThat(provenance.at("/toolkit/version").asText()).isNotBlank();
    // The example course lives in this repository, so the commit is known.
    assertThat(provenance.at("/git/commit").asText()).matches("[0-9a-f]{40}");
    // Every other file of the bundle is listed with its own hash.
    for (JsonNode file : provenance.get("files")) {
      byte[] content = entries.get(file.get("path").asText());
      assertThat(content).as(file.get("path").asText()).isNotNull();
      assertThat(file.get("sha256").asText()).isEqualTo(sha256(content));
    }
  }

  @Test
  void twoBuildsGiveTheSameBytes() throws Exception {
    packages(second);
    assertThat(Files.readAllBytes(second.resolve(ZIP)))
        .isEqualTo(Files.readAllBytes(first.resolve(ZIP)));
  }

  @Test
  void theBundleHoldsTheValidationReportAndTheProgramFiles() {
    assertThat(entries)
        .containsKeys(
            "index.html",
            "provenance.json",
            "reports/findings.json",
            "reports/coverage.html",
            "sources/program.yml",
            "sources/people.yml",
            "sources/docs/standard-setting-2026.md");
    assertThat(new String(entries.get("reports/findings.json"), StandardCharsets.UTF_8))
        .isEqualTo(readString(first.resolve("reports/findings.json")));
  }

  @Test
  void indexHtmlParsesAndEveryLinkResolvesInsideTheZip() {
    Document index = html("index.html");
    assertThat(index.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(index.title()).contains("Cell Product Handling");
    assertThat(index.select("script, iframe, object, embed")).isEmpty();
    assertThat(index.select("[src]")).isEmpty();
    List<String> checked = new ArrayList<>();
    for (Element link : index.select("a[href]")) {
      String href = link.attr("href");
      URI uri = URI.create(href);
      assertThat(uri.getScheme()).as("no request leaves the bundle: " + href).isNull();
      String path = uri.getPath().isEmpty() ? "index.html" : uri.getPath();
      assertThat(entries).as(href).containsKey(path);
      if (uri.getFragment() != null) {
        assertThat(html(path).getElementById(uri.getFragment())).as(href).isNotNull();
      }
      checked.add(href);
    }
    assertThat(checked)
        .contains(
            "reports/coverage.html#traceability-title",
            "reports/coverage.html#blueprint-title",
            "provenance.json",
            "sources/docs/standard-setting-2026.md");
  }

  @Test
  void indexHtmlShowsPassingStandardReviewersAndProvenance() {
    String text = html("index.html").text();
    assertThat(text)
        .contains("Passing standard", "80%", "Modified angoff", "2026-11-25")
        .contains("Dr. L. Chen (sme-chen)", "PhD cell biology")
        .contains("Module m01-receipt")
        .contains("Changes since the previous release")
        .contains("cgt-product-handling-1.0.0-scorm12.zip");
    for (String hash : packageHashes()) {
      assertThat(text).contains(hash);
    }
  }

  private static List<String> packageHashes() {
    List<String> hashes = new ArrayList<>();
    try {
      JSON.readTree(entries.get("provenance.json"))
          .get("packages")
          .forEach(p -> hashes.add(p.get("sha256").asText()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return hashes;
  }

  private static Document html(String entry) {
    return Jsoup.parse(new String(entries.get(entry), StandardCharsets.UTF_8));
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, byte[]> unzip(Path zip) throws IOException {
    Map<String, byte[]> content = new HashMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(file.entries())) {
        content.put(entry.getName(), file.getInputStream(entry).readAllBytes());
      }
    }
    return content;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
