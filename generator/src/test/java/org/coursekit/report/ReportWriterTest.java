package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One pass writes all reports; many findings come out sorted and byte-for-byte stable. */
class ReportWriterTest {

  private final ReportWriter writer = new ReportWriter(getClass().getClassLoader());

  @Test
  void twoHundredFindingsGiveTheSameBytesInAnyInputOrder(@TempDir Path first, @TempDir Path second)
      throws IOException {
    List<Finding> many = ReportFixtures.many(200);
    List<Finding> reversed = new ArrayList<>(many);
    Collections.reverse(reversed);

    writer.write(first, ReportFixtures.course(), many, ReportFixtures.context());
    writer.write(second, ReportFixtures.course(), reversed, ReportFixtures.context());

    Map<String, byte[]> a = contents(first);
    Map<String, byte[]> b = contents(second);
    assertThat(a.keySet())
        .containsExactly(
            "coverage.html",
            "coverage.md",
            "findings-junit.xml",
            "findings.json",
            "findings.sarif");
    a.forEach((file, bytes) -> assertThat(b.get(file)).as(file).isEqualTo(bytes));
  }

  @Test
  void twoHundredFindingsArePrintedInPositionOrder(@TempDir Path reports) throws IOException {
    List<Finding> many = ReportFixtures.many(200);
    List<String> sorted = many.stream().sorted().map(f -> f.at().toString()).toList();

    writer.write(reports, ReportFixtures.course(), many, ReportFixtures.context());

    List<String> json = new ArrayList<>();
    for (JsonNode finding :
        new ObjectMapper().readTree(reports.resolve("findings.json").toFile()).path("findings")) {
      json.add(
          finding.path("file").asText()
              + ":"
              + finding.path("line").asInt()
              + ":"
              + finding.path("column").asInt());
    }
    assertThat(json).containsExactlyElementsOf(sorted);
    assertThat(FindingsJson.read(reports.resolve("findings.json")))
        .containsExactlyElementsOf(many.stream().sorted().toList());

    Document html = Jsoup.parse(reports.resolve("coverage.html").toFile());
    int rows = 0;
    for (Element table : html.select("table:has(caption:contains(Findings:))")) {
      // Within each module's table, the findings keep position order.
      List<Integer> order = new ArrayList<>();
      for (Element row : table.select("tbody tr")) {
        order.add(sorted.indexOf(row.selectFirst("th code").text()));
        rows++;
      }
      assertThat(order).doesNotContain(-1).isSorted();
    }
    assertThat(rows).isEqualTo(200);
    String markdown = Files.readString(reports.resolve("coverage.md"));
    assertThat(markdown.lines().filter(line -> line.matches("\\| (error|warning|info) \\|.*")))
        .hasSize(200);
  }

  @Test
  void writesEveryReportWithoutACourse(@TempDir Path reports) throws IOException {
    List<String> written =
        writer.write(reports, null, ReportFixtures.findings(), ReportFixtures.context());

    assertThat(written).hasSize(5);
    assertThat(Files.readString(reports.resolve("coverage.md")))
        .contains("program.yml could not be read");
    assertThat(Jsoup.parse(reports.resolve("coverage.html").toFile()).select("html").attr("lang"))
        .isEqualTo("en");
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
