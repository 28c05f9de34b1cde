package org.coursekit.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;
import org.coursekit.report.JsonText;

/**
 * {@value ReleaseSnapshot#FILE_NAME}: a {@link ReleaseSnapshot} as JSON with snake_case keys in
 * alphabetical order and the report layout of {@link JsonText}, so equal courses give equal bytes.
 */
public final class SnapshotJson {

  // Jackson's readers and writers are immutable, unlike the mapper that makes them.
  private static final ObjectWriter WRITER = mapper().writerFor(ReleaseSnapshot.class);
  private static final ObjectReader READER = mapper().readerFor(ReleaseSnapshot.class);

  private SnapshotJson() {}

  private static ObjectMapper mapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** The text of {@code snapshot}, ending with a line feed. */
  public static String write(ReleaseSnapshot snapshot) {
    try {
      JsonNode tree = READER.readTree(WRITER.writeValueAsString(snapshot));
      return JsonText.of(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a release snapshot could not be written as JSON", e);
    }
  }

  /**
   * The snapshot in {@code text}, or empty when it is not JSON of a format this CourseKit reads (a
   * package made by a later CourseKit, or not by CourseKit at all).
   */
  public static Optional<ReleaseSnapshot> read(String text) {
    try {
      ReleaseSnapshot snapshot = READER.readValue(text);
      return snapshot.format() == ReleaseSnapshot.FORMAT && snapshot.programId() != null
          ? Optional.of(snapshot)
          : Optional.empty();
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
