package org.coursekit.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Program;

/** Builds the layout data every page shares, for one site build. */
final class PageFrames {

  static final String DEFAULT_LANGUAGE = "en";

  /** The most modules a page's navigation lists; longer courses list the current block. */
  static final int NAV_BLOCK = 50;

  private final String lang;
  private final String courseTitle;
  private final String courseVersion;
  private final List<CourseModule> order;
  private final Map<CourseModule, Integer> positions = new IdentityHashMap<>();
  private final boolean hasGlossary;
  private final String builtOn;
  private final String generator;

  PageFrames(
      Program program,
      List<CourseModule> order,
      boolean hasGlossary,
      Instant outputTimestamp,
      String generator) {
    this.lang = text(program == null ? null : program.language(), DEFAULT_LANGUAGE);
    this.courseTitle = text(program == null ? null : program.title(), "Course");
    this.courseVersion = program == null ? null : program.version();
    this.order = order;
    for (int i = 0; i < order.size(); i++) {
      positions.put(order.get(i), i);
    }
    this.hasGlossary = hasGlossary;
    this.builtOn =
        outputTimestamp == null
            ? null
            : DateTimeFormatter.ISO_LOCAL_DATE.format(outputTimestamp.atZone(ZoneOffset.UTC));
    this.generator = generator;
  }

  String courseTitle() {
    return courseTitle;
  }

  /**
   * The frame of the page at {@code path} (relative to the site root).
   *
   * @param current the module the page shows, or null
   */
  PageFrame frame(String pageTitle, String path, String section, CourseModule current) {
    String root = SitePaths.rootFrom(path);
    int from = 0;
    int to = order.size();
    if (order.size() > NAV_BLOCK) {
      // Every page listing every module would make the site quadratic in the module count (and
      // every page depend on every title); long courses list the block of the current module.
      Integer index = current == null ? null : positions.get(current);
      from = index == null ? 0 : index / NAV_BLOCK * NAV_BLOCK;
      to = Math.min(order.size(), from + NAV_BLOCK);
    }
    List<NavLink> modules = NavLink.toModules(order.subList(from, to), root, current);
    return new PageFrame(
        lang,
        courseTitle,
        courseVersion,
        pageTitle,
        root,
        section,
        hasGlossary,
        modules,
        from + 1,
        order.size(),
        builtOn,
        generator);
  }

  private static String text(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
