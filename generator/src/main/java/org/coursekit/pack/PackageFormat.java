package org.coursekit.pack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The LMS package formats CourseKit writes, with what differs between them at run time. */
public enum PackageFormat {
  /** SCORM 1.2: the most widely accepted; one status, 4,096 characters of suspend_data. */
  SCORM12("scorm12", 4_096),
  /** SCORM 2004 4th edition: completion and success apart, 64,000 characters of suspend_data. */
  SCORM2004("scorm2004", 64_000),
  /** cmi5: xAPI statements to the LMS's record store; state is kept there, not in suspend_data. */
  CMI5("cmi5", null);

  private final String id;
  private final Integer suspendDataLimit;

  PackageFormat(String id, Integer suspendDataLimit) {
    this.id = id;
    this.suspendDataLimit = suspendDataLimit;
  }

  /** The name in file names, classifiers and the package data: {@code scorm12}. */
  public String id() {
    return id;
  }

  /** The most suspend_data characters an LMS must keep, or null when the format has none. */
  public Integer suspendDataLimit() {
    return suspendDataLimit;
  }

  /** {@code scorm12}, {@code SCORM2004}, {@code cmi5}: case and surrounding space ignored. */
  public static Optional<PackageFormat> parse(String text) {
    String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(word)).findFirst();
  }
}
