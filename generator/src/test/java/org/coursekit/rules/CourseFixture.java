package org.coursekit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.coursekit.history.CourseHistory;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadResult;
import org.coursekit.model.Course;

/**
 * A writable copy of the example course for rule tests: the example is a valid course, so a test
 * edits exactly what it is about (a near miss or a violation) and checks exactly the findings of
 * the rules it tests. Judged on {@link #TODAY} unless told otherwise.
 */
public final class CourseFixture {

  /** The date rule tests judge review and evaluation dates against. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final Path root;
  private LocalDate today = TODAY;
  private CourseHistory history = CourseHistory.NONE;
  private String profile;

  private CourseFixture(Path root) {
    this.root = root;
  }

  /** Copies the example course into {@code folder} (a JUnit {@code @TempDir}). */
  public static CourseFixture exampleCourseIn(Path folder) {
    Path source = Path.of(System.getProperty("coursekit.exampleCourse"));
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.sorted().toList()) {
        Path target = folder.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CourseFixture(folder);
  }

  public Path root() {
    return root;
  }

  /** Replaces the one occurrence of {@code before} in {@code file} with {@code after}. */
  public CourseFixture edit(String file, String before, String after) {
    String text = read(file);
    assertThat(text).as("text to replace in " + file).contains(before);
    assertThat(text.indexOf(before))
        .as("'" + before + "' occurs once in " + file)
        .isEqualTo(text.lastIndexOf(before));
    return write(file, text.replace(before, after));
  }

  /**
   * Removes the text of {@code file} from the one occurrence of {@code from} up to, not including,
   * the first {@code to} after it: a whole key with its nested lines, say.
   */
  public CourseFixture cut(String file, String from, String to) {
    return replaceSpan(file, from, to, "");
  }

  /**
   * Replaces the text of {@code file} from the one occurrence of {@code from} up to, not including,
   * the first {@code to} after it with {@code replacement}.
   */
  public CourseFixture replaceSpan(String file, String from, String to, String replacement) {
    String text = read(file);
    int start = text.indexOf(from);
    assertThat(start).as("'" + from + "' in " + file).isNotNegative();
    assertThat(text.lastIndexOf(from)).as("'" + from + "' occurs once in " + file).isEqualTo(start);
    int end = text.indexOf(to, start + from.length());
    assertThat(end).as("'" + to + "' after '" + from + "' in " + file).isNotNegative();
    return write(file, text.substring(0, start) + replacement + text.substring(end));
  }

  /** Where a finding points, as printed: {@code file:line:column}. */
  public static String at(Finding finding) {
    return finding.at().toString();
  }

  public CourseFixture write(String file, String text) {
    try {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public CourseFixture delete(String file) {
    try {
      Files.delete(root.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public String read(String file) {
    try {
      return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CourseFixture today(LocalDate date) {
    this.today = date;
    return this;
  }

  public CourseFixture history(CourseHistory courseHistory) {
    this.history = courseHistory;
    return this;
  }

  public CourseFixture profile(String name) {
    this.profile = name;
    return this;
  }

  /** Loads the course; fails the test if the loader reports anything (the edit broke the file). */
  public Course load() {
    try {
      LoadResult result = new CourseLoader().load(root);
      assertThat(result.findings()).as("loader findings").isEmpty();
      return result.course();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The findings of the built-in rules {@code ruleIds} only, sorted. */
  public List<Finding> findings(String... ruleIds) {
    Set<String> wanted = Set.copyOf(Arrays.asList(ruleIds));
    return CourseValidator.builtin()
        .validate(load(), new ValidationOptions(today, profile, history))
        .stream()
        .filter(f -> wanted.contains(f.rule()))
        .toList();
  }

  /** {@link #findings} in printed form, for exact assertions. */
  public List<String> printed(String... ruleIds) {
    return findings(ruleIds).stream().map(Finding::format).toList();
  }
}
