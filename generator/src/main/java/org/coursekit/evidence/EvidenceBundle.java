package org.coursekit.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.coursekit.evidence.EvidenceView.Link;
import org.coursekit.files.FileTrees;
import org.coursekit.history.ReleaseLog;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.pack.DeterministicZip;
import org.coursekit.pack.PackageGenerator;
import org.coursekit.render.TemplateRenderer;
import org.coursekit.render.Theme;
import org.coursekit.report.ReportContext;
import org.coursekit.report.ReportWriter;

/**
 * Writes the accreditation evidence bundle of a release, {@code
 * <program-id>-<version>-evidence.zip}: an {@code index.html} that needs no toolkit, no script and
 * no network (program profile, completion rule and passing standard, reviewers, changelog,
 * provenance), {@code provenance.json} with the SHA-256 of every package, the validation report
 * with its outcome/objective/item map and blueprint coverage ({@code reports/}), and the program's
 * own files ({@code sources/}). The same inputs give the same bytes ({@link DeterministicZip}).
 *
 * <p>Immutable and thread-safe.
 */
public final class EvidenceBundle {

  static final String INDEX = "index.html";
  static final String PROVENANCE = "provenance.json";
  private static final String TEMPLATE = "evidence/index.ftlh";
  private static final String REPORTS = "reports/";
  private static final String SOURCES = "sources/";

  private final TemplateRenderer templates;

  /**
   * @param themeLoader the class loader that holds the default theme
   */
  public EvidenceBundle(ClassLoader themeLoader) {
    this.templates =
        new TemplateRenderer(
            Theme.load(Objects.requireNonNull(themeLoader, "themeLoader"), "default"));
  }

  /**
   * What goes into a bundle.
   *
   * @param course the loaded course; its program must be present
   * @param release where the release comes from in git
   * @param packages the LMS packages built in the same run
   * @param reportsDirectory where this run wrote findings.json and coverage.html
   * @param context the toolkit version and the build's fixed time
   */
  public record Request(
      Course course,
      ReleaseLog release,
      List<Path> packages,
      Path reportsDirectory,
      ReportContext context) {
    public Request {
      packages = List.copyOf(packages);
    }
  }

  /**
   * Writes the bundle of {@code request} into {@code evidenceDirectory}, replacing an earlier one
   * only once it is complete.
   *
   * @return the zip written
   */
  public Path write(Request request, Path evidenceDirectory) throws IOException {
    Program program = Objects.requireNonNull(request.course().program(), "program");
    SortedMap<String, byte[]> entries = new TreeMap<>();
    List<Link> links = new ArrayList<>();
    Path reports = request.reportsDirectory();
    addFile(
        entries,
        links,
        reports.resolve(ReportWriter.COVERAGE_HTML),
        REPORTS + ReportWriter.COVERAGE_HTML,
        "Validation report for reviewers: summary, outcome/objective/item map, blueprint coverage,"
            + " Bloom levels and findings");
    addFile(
        entries,
        links,
        reports.resolve(ReportWriter.FINDINGS_JSON),
        REPORTS + ReportWriter.FINDINGS_JSON,
        "Every finding of the validation, machine-readable");
    Path root = request.course().root();
    addFile(
        entries,
        links,
        root.resolve("program.yml"),
        SOURCES + "program.yml",
        "The program definition as written");
    addFile(
        entries,
        links,
        root.resolve("people.yml"),
        SOURCES + "people.yml",
        "The roster: authors, SMEs, reviewers, panel members");
    String reportHref = standardSettingReport(request.course(), entries, links);

    List<Provenance.FileHash> files = new ArrayList<>();
    entries.forEach((path, bytes) -> files.add(Provenance.FileHash.of(path, bytes)));
    List<Provenance.FileHash> packages = new ArrayList<>();
    for (Path zip : request.packages().stream().sorted().toList()) {
      packages.add(Provenance.FileHash.of(zip.getFileName().toString(), Files.readAllBytes(zip)));
    }
    ReleaseLog release = request.release();
    ReportContext context = request.context();
    Provenance provenance =
        new Provenance(
            program.id(),
            program.version(),
            release.commit(),
            release.tag(),
            release.previousTag(),
            context.toolVersion(),
            context.outputTimestamp(),
            packages,
            files);
    entries.put(PROVENANCE, utf8(provenance.toJson()));
    links.add(
        0,
        new Link(
            PROVENANCE,
            PROVENANCE,
            "Provenance, machine-readable: commit, tag, toolkit"
                + " version, build time and the SHA-256 of every package and file"));

    EvidenceView view =
        new EvidenceView(
            program.language() == null ? "en" : program.language(),
            program.title() == null ? program.id() : program.title(),
            program.id(),
            program.version(),
            context.buildDate(),
            ProgramFacts.profile(program),
            outcomes(program),
            ProgramFacts.completion(request.course(), reportHref),
            ReviewRecords.of(request.course()),
            new EvidenceView.Changelog(
                release.commit() != null, release.previousTag(), release.changes()),
            provenanceFacts(provenance),
            packages,
            links);
    entries.put(INDEX, utf8(templates.render(TEMPLATE, Map.of("evidence", view))));

    Path out = evidenceDirectory.toAbsolutePath().normalize();
    Files.createDirectories(out);
    Path zip = out.resolve(fileName(program));
    Path work = FileTrees.scratchNextTo(zip);
    try {
      DeterministicZip.write(work, entries, context.outputTimestamp());
      FileTrees.moveIntoPlace(work, zip);
    } finally {
      Files.deleteIfExists(work);
    }
    return zip;
  }

  /** {@code cgt-product-handling-1.0.0-evidence.zip}, named like the packages. */
  public static String fileName(Program program) {
    String version = program.version() == null ? "0.0.0" : program.version();
    return PackageGenerator.releaseFileName(program.id(), version, "evidence");
  }

  /** Adds the standard-setting report when it is a file inside the course; returns its link. */
  private static String standardSettingReport(
      Course course, SortedMap<String, byte[]> entries, List<Link> links) throws IOException {
    Program.Completion completion = course.program().completion();
    String report =
        completion == null || completion.passingStandard() == null
            ? null
            : completion.passingStandard().report();
    if (report == null || report.isBlank()) {
      return null;
    }
    Path root = course.root().toAbsolutePath().normalize();
    Path file = root.resolve(report.strip()).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return null; // FMT-005 already reports a missing report
    }
    String relative = SOURCES + root.relativize(file).toString().replace('\\', '/');
    addFile(entries, links, file, relative, "The standard-setting report");
    return relative;
  }

  private static void addFile(
      SortedMap<String, byte[]> entries, List<Link> links, Path file, String name, String what)
      throws IOException {
    if (Files.isRegularFile(file)) {
      entries.put(name, Files.readAllBytes(file));
      links.add(new Link(name, name, what));
    }
  }

  private static List<EvidenceView.Fact> provenanceFacts(Provenance provenance) {
    List<EvidenceView.Fact> facts = new ArrayList<>();
    facts.add(
        fact(
            "Git commit", provenance.commit(), "not recorded (no git repository, or history off)"));
    facts.add(fact("Release tag", provenance.tag(), "none on this commit"));
    facts.add(fact("Previous release", provenance.previousTag(), "none"));
    facts.add(fact("Toolkit", "CourseKit " + provenance.toolkitVersion(), null));
    facts.add(
        fact(
            "Output timestamp",
            provenance.outputTimestamp() == null ? null : provenance.outputTimestamp().toString(),
            "none (project.build.outputTimestamp not set)"));
    return facts;
  }

  private static List<EvidenceView.OutcomeLine> outcomes(Program program) {
    return program.outcomes().stream()
        .filter(o -> o.id() != null)
        .map(
            o ->
                new EvidenceView.OutcomeLine(
                    o.id(),
                    o.text() == null ? "" : o.text().strip(),
                    o.bloomLevel() == null ? "" : o.bloomLevel()))
        .toList();
  }

  private static EvidenceView.Fact fact(String label, String value, String absent) {
    return new EvidenceView.Fact(label, List.of(value == null ? absent : value), null);
  }

  private static byte[] utf8(String text) {
    return text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
  }
}
