package org.coursekit.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over the parts a cached result is made from. Each part is length-prefixed, so moving
 * text from one part to the next changes the key.
 */
final class CacheKey {

  private final MessageDigest digest;

  CacheKey() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  CacheKey add(String part) {
    return add(part == null ? new byte[] {-1} : part.getBytes(StandardCharsets.UTF_8));
  }

  CacheKey add(byte[] part) {
    int length = part.length;
    digest.update(
        new byte[] {
          (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length
        });
    digest.update(part);
    return this;
  }

  /** The key as 64 lower-case hex digits; the builder cannot be used afterwards. */
  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
