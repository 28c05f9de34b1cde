package org.coursekit.site;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Where to write a site and which date to print in it.
 *
 * @param outputDirectory the folder the site replaces as a whole; it must not contain the course
 * @param outputTimestamp the build date printed in page footers and given to every file, or null to
 *     print no date (never the current time, so builds are reproducible)
 * @param cacheDirectory where rendered pages are kept between builds, so a page whose sources did
 *     not change is not rendered again (see {@link SiteGenerator}); null renders every page
 */
public record SiteOptions(Path outputDirectory, Instant outputTimestamp, Path cacheDirectory) {
  public SiteOptions {
    Objects.requireNonNull(outputDirectory, "outputDirectory");
  }

  /** Options without a cache: every page is rendered. */
  public SiteOptions(Path outputDirectory, Instant outputTimestamp) {
    this(outputDirectory, outputTimestamp, null);
  }
}
