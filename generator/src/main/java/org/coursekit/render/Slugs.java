package org.coursekit.render;

import java.text.Normalizer;
import java.util.Locale;

/** URL- and id-safe names derived from text: stable, lower-case ASCII words joined by hyphens. */
public final class Slugs {

  private Slugs() {}

  /** {@code "Chain of identity"} becomes {@code chain-of-identity}; never empty. */
  public static String slug(String text) {
    String ascii =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    return slug.isEmpty() ? "x" : slug;
  }
}
