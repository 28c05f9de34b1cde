package org.coursekit.pack;

import java.util.List;

/**
 * The launch page of a package ({@code package/launch.ftlh}), part of the theme contract: the shell
 * that finds the LMS, keeps the tracking session for the whole attempt and shows the content pages
 * in its frame.
 *
 * @param format {@code scorm12}, {@code scorm2004} or {@code cmi5}
 * @param packageJson the package data, safe to place inside {@code <script type="application/json"
 *     id="ck-package">} as it is
 * @param firstHref the page the frame shows before any bookmark is restored
 * @param pages every page the shell can show, in the order the suspend data numbers them
 */
public record LaunchShell(
    String lang,
    String title,
    String version,
    String format,
    String packageJson,
    String firstHref,
    List<Page> pages,
    String generator) {

  /**
   * One page of the package.
   *
   * @param kind {@code overview}, {@code module}, {@code glossary} or {@code assessment}
   */
  public record Page(String id, String title, String href, String kind) {}

  public LaunchShell {
    pages = List.copyOf(pages);
  }
}
