package org.coursekit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.site.SiteFixture.page;

import java.nio.file.Path;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images keep their alt text; decorative ones are hidden; missing alt text is reported. */
class ImageAltTest {

  @TempDir Path course;
  @TempDir Path output;

  @Test
  void altTextDecorativeImagesAndMissingAlt() throws Exception {
    SiteFixture fixture = new SiteFixture(course);
    fixture
        .write("modules/m01-first/a.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
        .module(
            "m01-first",
            "Receiving",
            30,
            """
            # Receiving

            ![Shipper label with the COI number](m01-first/a.svg "The label")

            ![](m01-first/a.svg "decorative")

            Text before ![](m01-first/a.svg) an image without alt.
            """)
        .module("m02-second", "Storing", 30, "Text.\n");
    Path site = output.resolve("site");
    SiteResult result = fixture.build(site);

    Document doc = page(site, "modules/m01-first.html");
    var images = doc.select(".module-body img");
    assertThat(images).hasSize(3);
    Element described = images.get(0);
    assertThat(described.attr("alt")).isEqualTo("Shipper label with the COI number");
    assertThat(described.attr("title")).isEqualTo("The label");
    assertThat(described.attr("src")).isEqualTo("m01-first/a.svg");
    Element decorative = images.get(1);
    assertThat(decorative.hasAttr("alt")).isTrue();
    assertThat(decorative.attr("alt")).isEmpty();
    assertThat(decorative.hasAttr("title")).isFalse();
    assertThat(site.resolve("modules/m01-first/a.svg")).isRegularFile();

    // The front matter takes 11 lines; the body starts on line 12, the image is on its line 7.
    assertThat(result.findings())
        .filteredOn(finding -> finding.rule().equals("A11Y-001"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(Severity.WARNING);
              assertThat(finding.at().toString()).isEqualTo("modules/m01-first.md:18:13");
              assertThat(finding.message())
                  .contains("m01-first/a.svg")
                  .contains("alt text")
                  .contains("\"decorative\"");
            });
    assertThat(result.findings()).extracting(Finding::rule).containsOnly("A11Y-001");
  }
}
