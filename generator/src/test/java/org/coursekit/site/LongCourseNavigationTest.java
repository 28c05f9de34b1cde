package org.coursekit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long course's module pages list the block of modules around the page, not every module: a page
 * listing all of them would make the site quadratic in the module count.
 */
class LongCourseNavigationTest {

  private static final int MODULES = PageFrames.NAV_BLOCK * 2 + 20;

  @Test
  void aModulePageListsTheBlockOfItsModule(@TempDir Path temp) throws IOException {
    SiteFixture fixture = new SiteFixture(temp.resolve("course"));
    for (int n = 1; n <= MODULES; n++) {
      fixture.module(id(n), "Topic " + n, 10, "# Topic " + n + "\n\nText.\n");
    }
    Path site = temp.resolve("site");
    fixture.build(site);

    Document page = SiteFixture.page(site, "modules/" + id(PageFrames.NAV_BLOCK + 5) + ".html");
    Element list = page.selectFirst("nav.course-nav ol.course-nav-list");
    assertThat(list.attr("start")).isEqualTo(String.valueOf(PageFrames.NAV_BLOCK + 1));
    assertThat(list.select("li")).hasSize(PageFrames.NAV_BLOCK);
    assertThat(list.select("li").first().text()).startsWith("Topic " + (PageFrames.NAV_BLOCK + 1));
    assertThat(list.select("a[aria-current=page]").text())
        .startsWith("Topic " + (PageFrames.NAV_BLOCK + 5));
    Element all = page.selectFirst("nav.course-nav .course-nav-all a");
    assertThat(all.attr("href")).isEqualTo("../index.html#modules");
    assertThat(all.text()).isEqualTo("All " + MODULES + " modules");

    Document last = SiteFixture.page(site, "modules/" + id(MODULES) + ".html");
    assertThat(last.select("nav.course-nav li")).hasSize(MODULES - 2 * PageFrames.NAV_BLOCK);
    assertThat(SiteFixture.page(site, "index.html").select("#modules li")).hasSize(MODULES);
  }

  @Test
  void aShortCourseListsEveryModule(@TempDir Path temp) throws IOException {
    SiteFixture fixture = new SiteFixture(temp.resolve("course"));
    fixture.module("m01-first", "First", 10, "# First\n\nText.\n");
    fixture.module("m02-second", "Second", 10, "# Second\n\nText.\n");
    Path site = temp.resolve("site");
    fixture.build(site);

    Document page = SiteFixture.page(site, "modules/m02-second.html");
    assertThat(page.selectFirst("nav.course-nav ol").hasAttr("start")).isFalse();
    assertThat(page.select("nav.course-nav li")).hasSize(2);
    assertThat(page.selectFirst(".course-nav-all")).isNull();
  }

  private static String id(int n) {
    return String.format(Locale.ROOT, "m%03d-topic", n);
  }
}
