package org.coursekit.render;

import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/** A GitHub alert ({@code > [!WARNING]}) recognised in a block quote. */
final class AlertBlock extends CustomBlock {

  /** The five alert kinds GitHub renders, with the visible title each gets. */
  enum Kind {
    NOTE("Note"),
    TIP("Tip"),
    IMPORTANT("Important"),
    WARNING("Warning"),
    CAUTION("Caution");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    String title() {
      return title;
    }

    String cssClass() {
      return "alert-" + name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by a marker such as {@code [!warning]}, case-insensitive. */
    static Optional<Kind> ofMarker(String marker) {
      String text = marker.strip();
      if (!text.startsWith("[!") || !text.endsWith("]")) {
        return Optional.empty();
      }
      String word = text.substring(2, text.length() - 1).toUpperCase(Locale.ROOT);
      for (Kind kind : values()) {
        if (kind.name().equals(word)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  private final Kind kind;

  AlertBlock(Kind kind) {
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }
}
