package org.coursekit.rules.builtin;

import java.util.List;
import java.util.Optional;
import org.coursekit.history.CourseHistory;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlReader;

/**
 * The course's files as they were at the last release tag, read as YAML. A file that did not exist
 * then, or cannot be read now, is simply absent: the release was checked when it was made.
 */
final class ReleasedFiles {

  private static final String FRONT_MATTER = "---";
  private static final String END_OF_DOCUMENT = "...";

  private final CourseHistory history;

  ReleasedFiles(CourseHistory history) {
    this.history = history;
  }

  /** A YAML file (program.yml, an item, an assessment) at the release, if it was a mapping. */
  Optional<YamlMap> yaml(String file) {
    return history.atLastRelease(file).flatMap(text -> parse(text, file));
  }

  /** The front matter of a module file at the release. */
  Optional<YamlMap> frontMatter(String file) {
    return history
        .atLastRelease(file)
        .flatMap(ReleasedFiles::frontMatterText)
        .flatMap(text -> parse(text, file));
  }

  /**
   * The files directly in {@code folder} at the release whose names end with {@code extension},
   * hidden ones left out, as the loader reads them.
   */
  List<String> files(String folder, String extension) {
    String prefix = folder + "/";
    return history.filesAtLastRelease(folder).stream()
        .filter(file -> file.startsWith(prefix) && file.endsWith(extension))
        .filter(file -> file.indexOf('/', prefix.length()) < 0)
        .filter(file -> !file.startsWith(".", prefix.length()))
        .toList();
  }

  private static Optional<YamlMap> parse(String text, String file) {
    return YamlReader.read(text, file, 0)
        .root()
        .filter(YamlMap.class::isInstance)
        .map(YamlMap.class::cast);
  }

  /** The YAML between a first line {@code ---} and the next {@code ---} or {@code ...} line. */
  static Optional<String> frontMatterText(String text) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).stripTrailing().equals(FRONT_MATTER)) {
      return Optional.empty();
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (line.equals(FRONT_MATTER) || line.equals(END_OF_DOCUMENT)) {
        return Optional.of(String.join("\n", lines.subList(1, i)) + "\n");
      }
    }
    return Optional.empty();
  }
}
