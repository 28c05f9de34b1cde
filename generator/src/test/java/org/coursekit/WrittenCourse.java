package org.coursekit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coursekit.load.CourseLoader;
import org.coursekit.model.Course;

/**
 * A small course written file by file into a temporary folder and loaded with the real loader: the
 * common ground of the site and package fixtures.
 */
public final class WrittenCourse {

  private final Path root;

  public WrittenCourse(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Writes {@code path} (relative to the course), creating its folders. */
  public void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code modules/<id>.md} with the one objective {@code LO-<id>} (evaluate, supporting
   * {@code PO-1}) and the given body.
   */
  public void module(String id, String title, int minutes, String body) throws IOException {
    write(
        "modules/" + id + ".md",
        """
        ---
        id: %s
        title: %s
        version: 1.0.0
        duration_minutes: %d
        objectives:
          - id: LO-%s
            text: Verify the labels of %s against the order record
            bloom_level: evaluate
            supports: [PO-1]
        ---
        """
                .formatted(id, title, minutes, id, id)
            + body);
  }

  public Course load() throws IOException {
    return new CourseLoader().load(root).course();
  }
}
