package org.coursekit.baseline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.files.FileTrees;
import org.coursekit.model.CourseConfig;

/**
 * A course's baseline file: the one coursekit.yml names under {@code baseline}, or {@value
 * #DEFAULT_NAME} in the course folder. Reading never throws on bad content: a missing, unreadable
 * or malformed file becomes a finding and excuses nothing.
 */
public final class BaselineFile {

  /** The file {@code coursekit:baseline} writes when coursekit.yml names none. */
  public static final String DEFAULT_NAME = "coursekit-baseline.json";

  private static final String RECREATE =
      "Re-create it with `mvn coursekit:baseline` (do not edit it by hand).";

  private final Path path;
  private final String name;
  private final boolean named;
  private final SourceRef namedAt;

  private BaselineFile(Path path, String name, boolean named, SourceRef namedAt) {
    this.path = path;
    this.name = name;
    this.named = named;
    this.namedAt = namedAt;
  }

  /** The baseline file of the course in {@code courseRoot} configured by {@code config}. */
  public static BaselineFile of(Path courseRoot, CourseConfig config) {
    String written = config == null ? null : config.baseline();
    boolean named = written != null && !written.isBlank();
    String name = named ? written.strip().replace('\\', '/') : DEFAULT_NAME;
    SourceRef at =
        named && config.baselineAt() != null
            ? config.baselineAt()
            : SourceRef.startOf("coursekit.yml");
    return new BaselineFile(courseRoot.resolve(name).normalize(), name, named, at);
  }

  /** Where the file is (or would be written). */
  public Path path() {
    return path;
  }

  /** The file as coursekit.yml names it, relative to the course folder, with {@code /}. */
  public String name() {
    return name;
  }

  /**
   * Splits {@code findings} by this baseline. A baseline that cannot be read excuses nothing and
   * adds a finding saying why; recorded findings that no longer occur add one info finding that
   * suggests recording the baseline again.
   */
  public BaselineSplit apply(List<Finding> findings) {
    return apply(findings, Set.of());
  }

  /**
   * Like {@link #apply(List)} for a build in which the checks of {@code notRun} did not all run
   * (the site or package checks of a build that writes neither): their recorded findings excuse
   * what they match but are not called fixed when they do not occur.
   */
  public BaselineSplit apply(List<Finding> findings, Set<String> notRun) {
    List<Finding> problems = new ArrayList<>();
    Optional<Baseline> recorded = read(problems);
    Baseline.Match match = recorded.orElse(Baseline.EMPTY).match(findings);
    List<Finding> open = new ArrayList<>(match.open());
    open.addAll(problems);
    Map<Fingerprint, Integer> fixed = new TreeMap<>(match.unmatched());
    fixed.keySet().removeIf(fingerprint -> notRun.contains(fingerprint.rule()));
    if (!fixed.isEmpty()) {
      open.add(stale(fixed));
    }
    return new BaselineSplit(open, match.baselined(), recorded.isPresent());
  }

  /** Writes {@code baseline} to this file, replacing it atomically where the file system can. */
  public void write(Baseline baseline) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    FileTrees.writeWhole(path, BaselineJson.toJson(baseline).getBytes(StandardCharsets.UTF_8));
  }

  /** The recorded baseline, or empty after adding to {@code problems} why there is none. */
  private Optional<Baseline> read(List<Finding> problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      if (named) {
        problems.add(missing());
      }
      return Optional.empty();
    } catch (IOException e) {
      problems.add(
          Finding.error(
              "FMT-001",
              SourceRef.startOf(name),
              "The baseline file cannot be read ("
                  + e.getClass().getSimpleName()
                  + "), so no finding is excused. "
                  + RECREATE));
      return Optional.empty();
    }
    try {
      return Optional.of(BaselineJson.fromJson(utf8(bytes)));
    } catch (CharacterCodingException e) {
      problems.add(
          Finding.error(
              "FMT-001",
              SourceRef.startOf(name),
              "The baseline file is not UTF-8 text, so no finding is excused. " + RECREATE));
    } catch (BaselineJson.Invalid e) {
      problems.add(
          Finding.error(
              "FMT-002",
              new SourceRef(name, e.line(), e.column()),
              "The baseline file cannot be used: "
                  + e.getMessage()
                  + ". No finding is excused until it is fixed. "
                  + RECREATE));
    }
    return Optional.empty();
  }

  private Finding missing() {
    return Finding.error(
        "FMT-005",
        namedAt,
        "coursekit.yml names the baseline file `"
            + name
            + "`, which does not exist, so no finding is excused. Run `mvn coursekit:baseline`"
            + " to record the current findings there, or remove the `baseline` line.");
  }

  private Finding stale(Map<Fingerprint, Integer> fixed) {
    Map.Entry<Fingerprint, Integer> first = fixed.entrySet().iterator().next();
    int count = fixed.values().stream().mapToInt(Integer::intValue).sum();
    String what =
        count == 1
            ? "1 finding recorded in this baseline no longer occurs (fixed, or its message"
                + " changed)"
            : count
                + " findings recorded in this baseline no longer occur (fixed, or their messages"
                + " changed)";
    return Finding.info(
        "FMT-004",
        SourceRef.startOf(name),
        what
            + ", e.g. "
            + first.getKey().rule()
            + " in "
            + first.getKey().file()
            + ". Run `mvn coursekit:baseline` to shrink the file, so that a fixed problem which"
            + " comes back fails the build again.");
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
