package org.coursekit.history;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code MAJOR.MINOR.PATCH} version number, as in release tags ({@code v1.2.0}) and in
 * program.yml's {@code version}. Ordered by number, so {@code 1.10.0} is above {@code 1.9.0}.
 */
public record ReleaseVersion(BigInteger major, BigInteger minor, BigInteger patch)
    implements Comparable<ReleaseVersion> {

  private static final Pattern TAG = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");

  /** A version with a pre-release or build suffix, which does not change the numbers compared. */
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?");

  private static final Comparator<ReleaseVersion> ORDER =
      Comparator.comparing(ReleaseVersion::major)
          .thenComparing(ReleaseVersion::minor)
          .thenComparing(ReleaseVersion::patch);

  /** The version a release tag names: exactly {@code vX.Y.Z} or {@code X.Y.Z}. */
  public static Optional<ReleaseVersion> ofTag(String tag) {
    return parse(TAG, tag);
  }

  /**
   * The version a program declares: {@code X.Y.Z}, optionally with a suffix such as {@code -rc.1}.
   */
  public static Optional<ReleaseVersion> of(String version) {
    return parse(VERSION, version);
  }

  private static Optional<ReleaseVersion> parse(Pattern form, String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = form.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReleaseVersion(
            new BigInteger(m.group(1)), new BigInteger(m.group(2)), new BigInteger(m.group(3))));
  }

  /** True when this version raises the major or the minor number of {@code released}. */
  public boolean majorOrMinorAbove(ReleaseVersion released) {
    int majors = major.compareTo(released.major);
    return majors > 0 || (majors == 0 && minor.compareTo(released.minor) > 0);
  }

  /** The next minor version, e.g. 1.3.0 after 1.2.4. */
  public ReleaseVersion nextMinor() {
    return new ReleaseVersion(major, minor.add(BigInteger.ONE), BigInteger.ZERO);
  }

  /** The next patch version, e.g. 1.2.5 after 1.2.4. */
  public ReleaseVersion nextPatch() {
    return new ReleaseVersion(major, minor, patch.add(BigInteger.ONE));
  }

  @Override
  public int compareTo(ReleaseVersion other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
