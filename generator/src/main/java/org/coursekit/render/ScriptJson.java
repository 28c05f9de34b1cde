package org.coursekit.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON for a {@code <script type="application/json">} element: it cannot end its element early,
 * because {@code <}, {@code >} and {@code &} only occur inside JSON strings, where their escapes
 * mean the same. Thread-safe.
 */
public final class ScriptJson {

  /** Decimals as written ({@code 80}, {@code 0.8}), never in exponent form ({@code 8E+1}). */
  private final ObjectMapper json =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /**
   * @param value maps, lists, strings, numbers and booleans (maps keep their iteration order)
   */
  public String write(Object value) {
    try {
      return json.writeValueAsString(value)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Maps, lists, strings and numbers are always JSON", e);
    }
  }
}
