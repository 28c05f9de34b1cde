package org.coursekit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.coursekit.model.BloomLevel;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.model.Outcome;
import org.coursekit.report.CoverageView.BloomRow;
import org.coursekit.report.CoverageView.Share;

/**
 * How many program outcomes, module objectives and summative items sit at each Bloom level, lowest
 * level first. Every level is listed, also when empty, so the shape of the profile is visible; a
 * "Not given" row follows only when some level is missing or not recognised.
 */
final class BloomProfile {

  static final String NOT_GIVEN = "Not given";

  private BloomProfile() {}

  static List<BloomRow> of(Course course) {
    int[] outcomes = counts(course.program().outcomes().stream().map(Outcome::bloomLevel));
    int[] objectives =
        counts(
            course.modules().stream()
                .map(CourseModule::objectives)
                .flatMap(List::stream)
                .map(Objective::bloomLevel));
    int[] items = counts(course.items().stream().filter(Item::summative).map(Item::bloomLevel));
    List<BloomRow> rows = new ArrayList<>();
    BloomLevel[] levels = BloomLevel.values();
    for (int i = 0; i <= levels.length; i++) {
      boolean notGiven = i == levels.length;
      if (notGiven && outcomes[i] + objectives[i] + items[i] == 0) {
        break;
      }
      rows.add(
          new BloomRow(
              notGiven ? NOT_GIVEN : title(levels[i]),
              share(outcomes, i),
              share(objectives, i),
              share(items, i)));
    }
    return List.copyOf(rows);
  }

  /** Counts per level, the last slot for missing or unknown levels. */
  private static int[] counts(Stream<String> levels) {
    int[] counts = new int[BloomLevel.values().length + 1];
    levels.forEach(
        word -> {
          Optional<BloomLevel> level = BloomLevel.parse(word);
          counts[level.map(Enum::ordinal).orElse(BloomLevel.values().length)]++;
        });
    return counts;
  }

  private static Share share(int[] counts, int index) {
    int total = 0;
    for (int count : counts) {
      total += count;
    }
    int percent = total == 0 ? 0 : (int) Math.round(counts[index] * 100.0 / total);
    return new Share(counts[index], percent);
  }

  /** {@code Remember}, {@code Analyze}: the level as a column heading writes it. */
  private static String title(BloomLevel level) {
    String word = level.word();
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
