package org.coursekit.site;

import java.util.List;
import org.coursekit.model.CourseModule;

/**
 * A link to a page of the site, relative to the page that shows it.
 *
 * @param detail a short extra (a module's duration), or null
 * @param current true on the page the link points to ({@code aria-current="page"})
 */
public record NavLink(String title, String href, String detail, boolean current) {

  /**
   * Links to every module in {@code order}, from a page {@code root} levels below the site root
   * ({@code ""} or {@code "../"}); {@code current} (may be null) is marked as the current page.
   */
  static List<NavLink> toModules(List<CourseModule> order, String root, CourseModule current) {
    return order.stream()
        .map(
            module ->
                new NavLink(
                    ModulePages.title(module),
                    root + SitePaths.href(ModulePages.pagePath(module)),
                    DisplayText.minutes(module.durationMinutes()),
                    module == current))
        .toList();
  }
}
