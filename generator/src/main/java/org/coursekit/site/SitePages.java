package org.coursekit.site;

import org.coursekit.model.CourseModule;

/**
 * Where the site puts a module and what it calls it, for the LMS packages that show the same pages:
 * they must link to exactly the paths the site writes.
 */
public final class SitePages {

  private SitePages() {}

  /** The module's page relative to the site root: {@code modules/m01-receipt.html}. */
  public static String modulePage(CourseModule module) {
    return ModulePages.pagePath(module);
  }

  /** The module's title as its page shows it. */
  public static String moduleTitle(CourseModule module) {
    return ModulePages.title(module);
  }

  /** The title the site gives a page named by an id: {@code final-exam} as {@code Final exam}. */
  public static String titleOf(String id) {
    return DisplayText.humanize(id);
  }

  /** A relative path as a link: {@code policies/fee policy.html} as {@code fee%20policy.html}. */
  public static String href(String relativePath) {
    return SitePaths.href(relativePath);
  }
}
