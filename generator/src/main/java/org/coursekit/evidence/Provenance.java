package org.coursekit.evidence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.coursekit.report.JsonText;

/**
 * Where a release came from, as {@code provenance.json} states it: the program and version, the git
 * commit and tag it was built from, the toolkit version, the fixed build time and the SHA-256 of
 * every package and of every other file in the bundle. An auditor compares the hashes with the
 * package in the LMS.
 *
 * @param commit the git commit built, or null outside git
 * @param tag the release tag on that commit, or null
 * @param previousTag the release the changelog starts from, or null
 * @param outputTimestamp the build's fixed time, or null when it has none
 * @param packages the LMS packages of the same build, by file name
 * @param files the bundle's other files (not index.html or provenance.json), by path in the bundle
 */
public record Provenance(
    String programId,
    String version,
    String commit,
    String tag,
    String previousTag,
    String toolkitVersion,
    Instant outputTimestamp,
    List<FileHash> packages,
    List<FileHash> files) {

  /** A file's name or path, its size and its SHA-256 as lower-case hex. */
  public record FileHash(String path, long bytes, String sha256) {

    public static FileHash of(String path, byte[] content) {
      return new FileHash(path, content.length, Provenance.sha256(content));
    }
  }

  public Provenance {
    packages = List.copyOf(packages);
    files = List.copyOf(files);
  }

  /** provenance.json: two-space indents, keys in a fixed order, LF, a final newline. */
  public String toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.putObject("program").put("id", programId).put("version", version);
    root.putObject("git").put("commit", commit).put("tag", tag).put("previous_tag", previousTag);
    root.putObject("toolkit").put("name", "CourseKit").put("version", toolkitVersion);
    root.put("output_timestamp", outputTimestamp == null ? null : outputTimestamp.toString());
    hashes(root.putArray("packages"), packages);
    hashes(root.putArray("files"), files);
    return JsonText.of(root);
  }

  private static void hashes(ArrayNode array, List<FileHash> hashes) {
    for (FileHash hash : hashes) {
      array
          .addObject()
          .put("path", hash.path())
          .put("bytes", hash.bytes())
          .put("sha256", hash.sha256());
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's specification).
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
