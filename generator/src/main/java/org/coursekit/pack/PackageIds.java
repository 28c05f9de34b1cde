package org.coursekit.pack;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The identifiers LMSs key their records on. Every one derives from the program, module or
 * objective id, never from a counter or the build, so a republished package keeps the learner
 * records of the one it replaces.
 */
public final class PackageIds {

  private static final String IRI_BASE = "urn:coursekit:";

  private PackageIds() {}

  /** The manifest identifier: the program id, made a valid XML name. */
  public static String manifest(String programId) {
    return xmlName(programId);
  }

  public static String organization(String programId) {
    return xmlName("ORG-" + programId);
  }

  /** The one item (SCO) of the organization. */
  public static String item(String programId) {
    return xmlName("ITEM-" + programId);
  }

  public static String resource(String programId) {
    return xmlName("RES-" + programId);
  }

  /** The cmi5 course IRI: {@code urn:coursekit:cgt-product-handling}. */
  public static String courseIri(String programId) {
    return IRI_BASE + iriSegment(programId);
  }

  /** The cmi5 AU IRI, which is also the xAPI activity id of the course's statements. */
  public static String auIri(String programId) {
    return courseIri(programId) + ":au";
  }

  /** The cmi5 objective IRI of a module objective. */
  public static String objectiveIri(String programId, String objectiveId) {
    return courseIri(programId) + ":objective:" + iriSegment(objectiveId);
  }

  /**
   * {@code text} as an XML NCName, which IMS identifiers must be: characters other than letters,
   * digits, {@code . - _} become {@code _}, and a name that would start with a digit, dot or dash
   * gets a leading {@code _}.
   */
  static String xmlName(String text) {
    StringBuilder name = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              boolean ascii =
                  (c >= 'a' && c <= 'z')
                      || (c >= 'A' && c <= 'Z')
                      || (c >= '0' && c <= '9')
                      || c == '.'
                      || c == '-'
                      || c == '_';
              name.append(ascii ? (char) c : '_');
            });
    if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      name.insert(0, '_');
    }
    return name.toString();
  }

  /** Percent-encodes everything but unreserved characters, so ids are safe in a URN. */
  private static String iriSegment(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }
}
