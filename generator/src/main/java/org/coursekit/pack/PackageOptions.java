package org.coursekit.pack;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which packages to write and where.
 *
 * @param outputDirectory the folder the zips go to ({@code target/coursekit/packages})
 * @param outputTimestamp the time of every zip entry and the date pages print, or null for none
 *     (never the current time, so rebuilds give the same bytes)
 * @param formats the formats to write; at least one
 * @param interactions whether the runtime reports every answer as a {@code cmi.interactions} record
 *     (or xAPI "answered" statement); off by default, because many LMSs cannot report them and
 *     strict ones reject what they do not expect
 */
public record PackageOptions(
    Path outputDirectory,
    Instant outputTimestamp,
    Set<PackageFormat> formats,
    boolean interactions) {

  public PackageOptions {
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    formats = Set.copyOf(formats);
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("Choose at least one package format");
    }
  }
}
