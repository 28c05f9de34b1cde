package org.coursekit.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.coursekit.report.JsonText;

/**
 * The text of a baseline file:
 *
 * <pre>{"about": "…", "version": 1, "findings": [{"rule": …, "file": …, "message": …,
 * "count": 1}]}</pre>
 *
 * <p>Entries sorted by file, rule and message; two-space indents, LF line endings and a final
 * newline, so recording the same findings twice gives the same bytes and a version-control diff
 * shows exactly which findings were added or fixed.
 */
public final class BaselineJson {

  /** The format version this class writes and reads. */
  public static final int VERSION = 1;

  private static final String ABOUT =
      "Findings recorded by `mvn coursekit:baseline`. They are still reported, but do not fail"
          + " the build. Fix them over time and run the goal again to shrink this file; do not"
          + " edit it by hand.";
  // ObjectReader is immutable and thread-safe, so sharing it is safe.
  private static final ObjectReader READER =
      new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private BaselineJson() {}

  /** The file text for {@code baseline}. */
  public static String toJson(Baseline baseline) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("about", ABOUT);
    root.put("version", VERSION);
    ArrayNode array = root.putArray("findings");
    baseline
        .counts()
        .forEach(
            (fingerprint, count) ->
                array
                    .addObject()
                    .put("rule", fingerprint.rule())
                    .put("file", fingerprint.file())
                    .put("message", fingerprint.message())
                    .put("count", count));
    return JsonText.of(root);
  }

  /**
   * Reads text written by {@link #toJson}.
   *
   * @throws Invalid if the text is not JSON, or not a baseline of this version
   */
  public static Baseline fromJson(String json) throws Invalid {
    JsonNode root;
    try {
      root = READER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw new Invalid(
          "it is not valid JSON (" + e.getOriginalMessage() + ")",
          where == null ? 1 : Math.max(1, where.getLineNr()),
          where == null ? 1 : Math.max(1, where.getColumnNr()));
    }
    if (root == null || !root.isObject()) {
      throw new Invalid("it must be a JSON object with a `findings` list", 1, 1);
    }
    JsonNode version = root.path("version");
    if (version.isMissingNode()) {
      throw new Invalid("it has no `version` (this CourseKit reads version " + VERSION + ")", 1, 1);
    }
    if (!version.isInt() || version.intValue() != VERSION) {
      throw new Invalid(
          "its `version` is "
              + version
              + ", but this CourseKit reads version "
              + VERSION
              + "; the file may come from a different CourseKit version",
          1,
          1);
    }
    JsonNode findings = root.path("findings");
    if (!findings.isArray()) {
      throw new Invalid("it has no `findings` list", 1, 1);
    }
    Map<Fingerprint, Integer> counts = new TreeMap<>();
    int number = 0;
    for (JsonNode entry : findings) {
      number++;
      Fingerprint fingerprint =
          new Fingerprint(
              text(entry, "rule", number),
              text(entry, "file", number),
              text(entry, "message", number));
      JsonNode count = entry.path("count");
      if (!count.isInt() || count.intValue() < 1) {
        throw new Invalid(
            "entry " + number + " of `findings` has no whole `count` of 1 or more", 1, 1);
      }
      counts.merge(fingerprint, count.intValue(), Integer::sum);
    }
    return Baseline.ofCounts(counts);
  }

  private static String text(JsonNode entry, String key, int number) throws Invalid {
    JsonNode value = entry.path(key);
    if (!value.isTextual()) {
      throw new Invalid("entry " + number + " of `findings` has no text `" + key + "`", 1, 1);
    }
    return value.textValue();
  }

  /** Why a baseline file could not be read, and where (1-based; 1:1 when not known closer). */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Invalid(String reason, int line, int column) {
      super(reason);
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }
}
