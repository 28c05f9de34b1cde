package org.coursekit.site;

import java.util.List;

/**
 * What every page's layout shows: language, titles, the way back to the site root, the module list
 * and the footer. Part of the theme contract ({@code layout.ftlh}).
 *
 * @param root the relative path from the page to the site root: {@code ""} or {@code "../"}
 * @param section which part of the site the page belongs to: {@code overview}, {@code module},
 *     {@code glossary} or {@code document}
 * @param modules the modules the navigation lists: all of them, or in a long course the block
 *     around the page's module
 * @param modulesFrom the delivery-order number (1-based) of the first module in {@code modules}
 * @param moduleCount how many modules the course has
 * @param builtOn the ISO date of the build timestamp, or null when none was given
 */
public record PageFrame(
    String lang,
    String courseTitle,
    String courseVersion,
    String pageTitle,
    String root,
    String section,
    boolean hasGlossary,
    List<NavLink> modules,
    int modulesFrom,
    int moduleCount,
    String builtOn,
    String generator) {

  public PageFrame {
    modules = List.copyOf(modules);
  }
}
