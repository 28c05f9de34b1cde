package org.coursekit.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.files.FileTrees;
import org.coursekit.history.CourseHistory;
import org.coursekit.history.GitRelease;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadResult;
import org.coursekit.model.Course;
import org.coursekit.rules.CourseValidator;
import org.coursekit.rules.ValidationOptions;
import org.coursekit.site.SiteGenerator;
import org.coursekit.site.SiteOptions;
import org.coursekit.site.SiteResult;

/**
 * The safe-update guard and change report: compares a course with its previous release (the last
 * git tag, a package zip or a course folder), reports recycled ids, a missing version bump and a
 * tracking-breaking release as findings, and writes {@code changes.md} and {@code changes.html}.
 * Both releases are checked and rendered the same way (the rules without version history, the
 * site's pages), so their findings and pages compare like with like. Immutable and thread-safe.
 */
public final class ReleaseReview {

  public static final String CHANGES_MD = "changes.md";
  public static final String CHANGES_HTML = "changes.html";

  private static final String MODULE_PAGES = "modules/";
  private static final String PAGE_SUFFIX = ".html";

  private final CourseLoader loader = new CourseLoader();
  private final CourseValidator validator;
  private final SiteGenerator siteGenerator;

  public ReleaseReview(CourseValidator validator, SiteGenerator siteGenerator) {
    this.validator = validator;
    this.siteGenerator = siteGenerator;
  }

  /**
   * What the review found and wrote.
   *
   * @param difference the classified changes, empty when no previous release could be read
   * @param written report files written, relative to the reports folder
   */
  public record Result(
      List<Finding> findings, Optional<ReleaseDifference> difference, List<String> written) {
    public Result {
      findings = List.copyOf(findings);
      written = List.copyOf(written);
    }

    static Result of(Finding... findings) {
      return new Result(List.of(findings), Optional.empty(), List.of());
    }
  }

  /** Compares the course with {@code previous} and writes the change report. */
  public Result review(ReviewOptions options, PreviousRelease previous) throws IOException {
    LoadResult loaded = loader.load(options.courseRoot());
    Course now = loaded.course();
    if (now.program() == null || now.program().id() == null) {
      return Result.of(); // the loader reported why; there is nothing to compare
    }
    Path parent = options.reportsDirectory().toAbsolutePath().normalize().getParent();
    Files.createDirectories(parent);
    Path work = Files.createTempDirectory(parent, ".review-");
    try {
      return review(options, previous, loaded, work);
    } finally {
      FileTrees.deleteTree(work);
    }
  }

  private Result review(
      ReviewOptions options, PreviousRelease previous, LoadResult loaded, Path work)
      throws IOException {
    Course now = loaded.course();
    SourceRef at = ReleaseFindings.versionAt(now);
    boolean given = previous.kind() != PreviousRelease.Kind.LAST_TAG;
    Released released;
    switch (previous.kind()) {
      case LAST_TAG -> {
        Path zip = work.resolve("release.zip");
        Optional<String> tag = GitRelease.exportLastRelease(options.courseRoot(), zip);
        if (tag.isEmpty() && !previous.expected()) {
          return Result.of();
        }
        if (tag.isEmpty()) {
          return Result.of(
              ReleaseFindings.unreadable(
                  at,
                  false,
                  "the course is not in a git repository with a release tag (vX.Y.Z) reachable"
                      + " from the current commit. Tag each release, e.g. `git tag v"
                      + now.program().version()
                      + "`, or name a previous package with -Dcoursekit.previousRelease=<zip>."));
        }
        Path folder = work.resolve("release");
        ZipFiles.extract(zip, folder);
        released = fromCourse(folder, tag.get(), options, work.resolve("then"));
      }
      case FOLDER ->
          released =
              fromCourse(
                  courseFolder(previous.path()), name(previous), options, work.resolve("then"));
      case PACKAGE -> released = fromPackage(previous.path());
      default -> throw new IllegalStateException(previous.kind().name());
    }
    if (released.problem() != null) {
      return Result.of(ReleaseFindings.unreadable(at, given, released.problem()));
    }
    ReleaseDifference difference =
        SnapshotComparison.compare(released.snapshot(), ReleaseSnapshots.of(now));
    List<Finding> findings = guard(now, difference, released.name(), options);

    Checked current = check(loaded, options, work.resolve("now"), released.findings() != null);
    FindingChanges findingChanges =
        released.findings() == null
            ? null
            : FindingChanges.between(released.findings(), current.findings());
    List<PageChange> pages = pages(difference, released.pages(), current.pages());
    ChangesView view =
        ChangesView.of(now, difference, released.name(), findings, findingChanges, pages, options);
    Files.createDirectories(options.reportsDirectory());
    Files.writeString(
        options.reportsDirectory().resolve(CHANGES_MD),
        ChangesMarkdown.of(view),
        StandardCharsets.UTF_8);
    Files.writeString(
        options.reportsDirectory().resolve(CHANGES_HTML),
        ChangesHtml.of(view),
        StandardCharsets.UTF_8);
    return new Result(findings, Optional.of(difference), List.of(CHANGES_HTML, CHANGES_MD));
  }

  /** The guard's findings: recycled ids, the version bump, the classification and LMS advice. */
  private static List<Finding> guard(
      Course now, ReleaseDifference difference, String release, ReviewOptions options) {
    List<Finding> findings = new ArrayList<>();
    difference.recycled().forEach(id -> findings.add(ReleaseFindings.recycled(now, id, release)));
    if (!options.versionJudged()) {
      difference
          .missingVersion()
          .ifPresent(v -> findings.add(ReleaseFindings.version(now, difference, v, release)));
    }
    if (difference.classification().filter(c -> c == ChangeClass.TRACKING_BREAKING).isPresent()) {
      findings.add(ReleaseFindings.trackingBreaking(now, difference, release));
    } else {
      findings.add(ReleaseFindings.summary(now, difference, release));
    }
    return findings;
  }

  /** The previous release as a course folder: loaded, checked and rendered like the current one. */
  private Released fromCourse(Path folder, String name, ReviewOptions options, Path out)
      throws IOException {
    if (folder == null) {
      return Released.problem(
          "no course folder (holding program.yml) or package zip at the path given. Pass"
              + " -Dcoursekit.previousRelease=<package zip or course folder>.");
    }
    LoadResult loaded = loader.load(folder);
    if (loaded.course().program() == null || loaded.course().program().id() == null) {
      return Released.problem(
          "program.yml of release " + name + " is missing or cannot be read, so it has no id.");
    }
    Checked checked = check(loaded, options, out, true);
    return new Released(
        name, ReleaseSnapshots.of(loaded.course()), checked.findings(), checked.pages(), null);
  }

  /** A package zip: its snapshot and its module pages; it carries no findings. */
  private static Released fromPackage(Path zip) {
    SortedMap<String, byte[]> files;
    try {
      files =
          ZipFiles.read(
              zip,
              name ->
                  name.equals(ReleaseSnapshot.FILE_NAME)
                      || (name.startsWith(MODULE_PAGES) && name.endsWith(PAGE_SUFFIX)));
    } catch (IOException notAZip) {
      return Released.problem(zip + " is not a readable zip file (" + notAZip.getMessage() + ").");
    }
    byte[] snapshot = files.remove(ReleaseSnapshot.FILE_NAME);
    Optional<ReleaseSnapshot> read =
        snapshot == null
            ? Optional.empty()
            : SnapshotJson.read(new String(snapshot, StandardCharsets.UTF_8));
    if (read.isEmpty()) {
      return Released.problem(
          zip.getFileName()
              + " holds no readable "
              + ReleaseSnapshot.FILE_NAME
              + " (it was not written by this version of CourseKit). Compare with the course"
              + " folder or git tag of that release instead.");
    }
    Map<String, String> pages = new TreeMap<>();
    files.forEach(
        (name, bytes) ->
            pages.put(
                name.substring(MODULE_PAGES.length(), name.length() - PAGE_SUFFIX.length()),
                new String(bytes, StandardCharsets.UTF_8)));
    return new Released(zip.getFileName().toString(), read.get(), null, pages, null);
  }

  /**
   * The findings of a course checked without version history plus those of rendering it, and its
   * module pages by module id, rendered as the site (or as package pages, to compare with a
   * package).
   */
  private Checked check(LoadResult loaded, ReviewOptions options, Path out, boolean sitePages)
      throws IOException {
    Course course = loaded.course();
    List<Finding> findings = new ArrayList<>(loaded.findings());
    findings.addAll(
        validator.validate(
            course, new ValidationOptions(options.today(), options.profile(), CourseHistory.NONE)));
    SiteOptions site = new SiteOptions(out, options.outputTimestamp());
    SiteResult rendered =
        sitePages
            ? siteGenerator.generate(course, site)
            : siteGenerator.generatePackageContent(course, site);
    findings.addAll(rendered.findings());
    Map<String, String> pages = new TreeMap<>();
    for (String file : rendered.files()) {
      if (file.startsWith(MODULE_PAGES)
          && file.endsWith(PAGE_SUFFIX)
          && file.indexOf('/', MODULE_PAGES.length()) < 0) {
        pages.put(
            file.substring(MODULE_PAGES.length(), file.length() - PAGE_SUFFIX.length()),
            Files.readString(out.resolve(file), StandardCharsets.UTF_8));
      }
    }
    return new Checked(findings, pages);
  }

  /** The module pages that changed, in the new delivery order, then the removed ones. */
  private static List<PageChange> pages(
      ReleaseDifference difference, Map<String, String> before, Map<String, String> after) {
    Map<String, String> titles = new LinkedHashMap<>();
    difference.after().modules().forEach(m -> titles.put(m.id(), m.title()));
    difference.before().modules().forEach(m -> titles.putIfAbsent(m.id(), m.title()));
    List<PageChange> pages = new ArrayList<>();
    for (Map.Entry<String, String> module : titles.entrySet()) {
      String old = before == null ? null : before.get(module.getKey());
      String now = after.get(module.getKey());
      if (old == null && now == null) {
        continue;
      }
      PageDiff.Result diff = PageDiff.compare(old, now, ChangesView.PAGE_HEADING_LEVEL);
      if (diff.changed()) {
        String status = old == null ? "added" : now == null ? "removed" : "changed";
        pages.add(new PageChange(module.getKey(), module.getValue(), status, diff));
      }
    }
    return pages;
  }

  /** A course folder, or the src/main/course folder of a repository; null when neither. */
  private static Path courseFolder(Path path) {
    if (Files.isRegularFile(path.resolve("program.yml"))) {
      return path;
    }
    Path nested = path.resolve("src/main/course");
    return Files.isRegularFile(nested.resolve("program.yml")) ? nested : null;
  }

  private static String name(PreviousRelease previous) {
    Path file = previous.path().getFileName();
    return file == null ? previous.path().toString() : file.toString();
  }

  /** A changed module page. */
  record PageChange(String moduleId, String title, String status, PageDiff.Result diff) {}

  private record Checked(List<Finding> findings, Map<String, String> pages) {}

  /**
   * The previous release as read: findings and pages are null when unknown (a package carries no
   * findings); {@code problem} says why it could not be read.
   */
  private record Released(
      String name,
      ReleaseSnapshot snapshot,
      List<Finding> findings,
      Map<String, String> pages,
      String problem) {
    static Released problem(String why) {
      return new Released(null, null, null, null, why);
    }
  }
}
