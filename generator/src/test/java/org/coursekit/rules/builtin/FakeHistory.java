package org.coursekit.rules.builtin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coursekit.history.CourseHistory;
import org.coursekit.rules.CourseFixture;

/** Version-control history for rule tests: fixed change dates and a recorded release. */
final class FakeHistory implements CourseHistory {

  private final Map<String, LocalDate> changed = new TreeMap<>();
  private final Map<String, String> released = new TreeMap<>();
  private String releaseName;

  /** History with no dates and no release tag yet. */
  static FakeHistory empty() {
    return new FakeHistory();
  }

  /** History whose release {@code tag} holds the fixture's files as they are now. */
  static FakeHistory releasedAs(String tag, CourseFixture course) {
    FakeHistory history = new FakeHistory();
    history.releaseName = tag;
    Path root = course.root();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(file).toString().replace('\\', '/');
        history.released.put(name, Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return history;
  }

  FakeHistory changed(String file, LocalDate date) {
    changed.put(file, date);
    return this;
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public Optional<LocalDate> lastChanged(String file) {
    return Optional.ofNullable(changed.get(file));
  }

  @Override
  public Optional<String> atLastRelease(String file) {
    return Optional.ofNullable(released.get(file));
  }

  @Override
  public Optional<String> lastReleaseName() {
    return Optional.ofNullable(releaseName);
  }

  @Override
  public List<String> filesAtLastRelease(String folder) {
    String prefix = folder.isEmpty() ? "" : folder + "/";
    return released.keySet().stream().filter(name -> name.startsWith(prefix)).toList();
  }
}
