package org.coursekit.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Program;

/** Builds the layout data every page shares, for one site build. */
final class PageFrames {

  static final String DEFAULT_LANGUAGE = "en";

  private final String lang;
  private final String courseTitle;
  private final String courseVersion;
  private final List<CourseModule> order;
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
    List<NavLink> modules = NavLink.toModules(order, root, current);
    return new PageFrame(
        lang,
        courseTitle,
        courseVersion,
        pageTitle,
        root,
        section,
        hasGlossary,
        modules,
        builtOn,
        generator);
  }

  private static String text(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
