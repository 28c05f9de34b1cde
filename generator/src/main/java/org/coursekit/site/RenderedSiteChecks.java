package org.coursekit.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Program;
import org.coursekit.rules.builtin.CredentialClaims;
import org.coursekit.rules.builtin.LandingPageFact;
import org.coursekit.yaml.YamlMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The halves of DSC-001, DSC-002 and MOD-001 that only the published pages can answer: the landing
 * page shows every block program.yml declares, every module page shows its objectives, the landing
 * page shows the certificate disclaimer, and no page claims more than a certificate. A missing
 * block means the theme dropped it; a claim found only in the pages came from the theme, the
 * glossary or a policy document. Findings point at the source the page was built from.
 */
final class RenderedSiteChecks {

  private static final String DSC_001 = "DSC-001";
  private static final String MOD_001 = "MOD-001";
  private static final String PROGRAM_FILE = "program.yml";

  /**
   * What the checks need to know about one published page. It is found once, when the page is
   * written, and kept with the page in the build cache, so unchanged pages are not read again.
   *
   * @param objectivesShown the items of the page's objectives block ({@code id="objectives"}), or
   *     -1 when it has none
   * @param claims the credential claims in the page's text
   * @param leakedItems the summative items whose question appears in the page (ASM-007)
   */
  record PageFacts(
      int objectivesShown, List<CredentialClaims.Claim> claims, List<String> leakedItems) {
    PageFacts {
      claims = List.copyOf(claims);
      leakedItems = List.copyOf(leakedItems);
    }
  }

  /** The facts of one page, from its parsed HTML. */
  static PageFacts facts(
      Document page,
      CredentialClaims claims,
      SummativeLeakCheck leakCheck,
      SummativeLeakCheck.Stems stems) {
    Element block = page.getElementById("objectives");
    return new PageFacts(
        block == null ? -1 : block.select("li").size(),
        claims.in(page.text()),
        leakCheck.leakedIn(stems, page));
  }

  /**
   * @param landing the parsed landing page, or null when none was written
   * @param landingPath the landing page: {@code index.html}, or {@code overview.html} in a package
   * @param pages the facts of every HTML page of the staged site, by path
   * @param policyPaths where each local policy document was published, by policy name
   */
  List<Finding> check(
      Course course,
      Document landing,
      String landingPath,
      Map<String, PageFacts> pages,
      Map<String, String> policyPaths) {
    List<Finding> findings = new ArrayList<>();
    Program program = course.program();
    if (program != null && landing != null) {
      checkLanding(program, landing, landingPath, findings);
    }
    for (CourseModule module : course.modules()) {
      PageFacts page = pages.get(ModulePages.pagePath(module));
      if (page != null && !module.objectives().isEmpty()) {
        checkObjectives(module, page.objectivesShown(), findings);
      }
    }
    Map<String, String> sources = pageSources(course, policyPaths);
    sources.put(landingPath, PROGRAM_FILE);
    checkClaims(course, pages, sources, findings);
    return findings;
  }

  private static void checkLanding(
      Program program, Document landing, String landingPath, List<Finding> findings) {
    for (LandingPageFact fact : LandingPageFact.values()) {
      if (fact.presentIn(program) && !shows(landing.getElementById(fact.htmlId()))) {
        findings.add(
            Finding.error(
                DSC_001,
                fact.at(program),
                "The published landing page ("
                    + landingPath
                    + ") does not show "
                    + fact.label()
                    + ", although program.yml declares it: the theme renders no element with"
                    + " id=\""
                    + fact.htmlId()
                    + "\". Learners must see it before they enrol (E2659-24 public information;"
                    + " QM Standard 1). Use a theme whose index.ftlh shows it with that id."));
      }
    }
    if (program.certificate() != null
        && program.certificate().disclaimer() != null
        && !program.certificate().disclaimer().isBlank()
        && !shows(landing.getElementById("certificate-disclaimer"))) {
      findings.add(
          Finding.error(
              CredentialClaims.RULE,
              disclaimerAt(program),
              "The published landing page ("
                  + landingPath
                  + ") does not show the certificate disclaimer:"
                  + " the theme renders no element with id=\"certificate-disclaimer\". Learners"
                  + " must read what the certificate does and does not mean before they enrol"
                  + " (E2659-18 4.1.3). Use a theme whose index.ftlh shows it with that id."));
    }
  }

  private static void checkObjectives(
      CourseModule module, int objectivesShown, List<Finding> findings) {
    boolean noBlock = objectivesShown < 0;
    int shown = Math.max(0, objectivesShown);
    if (shown >= module.objectives().size()) {
      return;
    }
    String path = ModulePages.pagePath(module);
    findings.add(
        Finding.error(
            MOD_001,
            module.source().positionOf("objectives"),
            "The published page of module `"
                + module.id()
                + "` ("
                + path
                + ") "
                + (noBlock
                    ? "has no objectives block (an element with id=\"objectives\")"
                    : "lists "
                        + shown
                        + " of its "
                        + module.objectives().size()
                        + " objectives in its objectives block")
                + ". Learners must see every objective of a module at its start (QM 2.2, 2.3)."
                + " Use a theme whose module.ftlh lists each objective inside id=\"objectives\"."));
  }

  /**
   * Claims in the pages that the DSC-002 rule has not already reported in the sources.
   *
   * @param sources the course file each page is built from, by page path
   */
  private static void checkClaims(
      Course course,
      Map<String, PageFacts> pages,
      Map<String, String> sources,
      List<Finding> findings) {
    if (pages.values().stream().allMatch(page -> page.claims().isEmpty())) {
      return; // the usual case: no need to scan every source for the claims DSC-002 reported
    }
    CredentialClaims claims = CredentialClaims.of(course);
    Set<String> inSources =
        claims.inSources(course).stream()
            .map(found -> normalised(found.claim().text()))
            .collect(Collectors.toSet());
    for (Map.Entry<String, PageFacts> page : new TreeMap<>(pages).entrySet()) {
      String path = page.getKey();
      for (CredentialClaims.Claim claim : page.getValue().claims()) {
        if (inSources.contains(normalised(claim.text()))) {
          continue;
        }
        findings.add(
            Finding.error(
                CredentialClaims.RULE,
                SourceRef.startOf(sources.getOrDefault(path, PROGRAM_FILE)),
                "The published page "
                    + path
                    + " contains \""
                    + claim.text().replaceAll("\\s+", " ")
                    + "\", which "
                    + claims.explain(claim)
                    + " The text comes from this source file or from the theme."));
      }
    }
  }

  /** The course file each page is built from, by page path; other pages come from program.yml. */
  private static Map<String, String> pageSources(Course course, Map<String, String> policyPaths) {
    Map<String, String> sources = new HashMap<>();
    for (CourseModule module : course.modules()) {
      sources.put(ModulePages.pagePath(module), module.file());
    }
    sources.put(GlossaryPages.PATH, "glossary.yml");
    if (course.program() != null) {
      for (Program.Policy policy : course.program().policies()) {
        String page = policyPaths.get(policy.name());
        if (page != null && policy.target() != null) {
          sources.put(page, policy.target().strip());
        }
      }
    }
    return sources;
  }

  private static SourceRef disclaimerAt(Program program) {
    return program
        .source()
        .get("certificate")
        .filter(YamlMap.class::isInstance)
        .map(certificate -> ((YamlMap) certificate).positionOf("disclaimer"))
        .orElse(program.source().positionOf("certificate"));
  }

  private static boolean shows(Element element) {
    return element != null && !element.text().isBlank();
  }

  private static String normalised(String text) {
    return text.replaceAll("[\\s*_`]+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
