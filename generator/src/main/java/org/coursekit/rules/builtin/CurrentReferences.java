package org.coursekit.rules.builtin;

import java.util.Set;
import java.util.regex.Pattern;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Reference;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * REV-003: every module cites at least one reference with a year and a URL or DOI; regulatory
 * references (FDA, EMA, ICH, CFR, guidance or guidelines) give their {@code version}; references
 * older than {@code max_age_years} are listed as info. A regulatory reference with a version is
 * judged by its version, not its age: a guidance still in force stays current however old it is.
 */
final class CurrentReferences implements Rule {

  static final String MAX_AGE_YEARS = "max_age_years";
  private static final int DEFAULT_MAX_AGE_YEARS = 5;
  private static final Pattern REGULATORY =
      Pattern.compile(
          "\\b(?:FDA|EMA|ICH|CFR|guidance|guidelines?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public String id() {
    return "REV-003";
  }

  @Override
  public String name() {
    return "References present and current";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "Content must rest on current, credible and checkable evidence (CCCEP Standard 4;"
        + " ACCME SII 1): each module cites a reference with a year and a URL or DOI, regulatory"
        + " references give the version they rest on, and references older than `max_age_years`"
        + " (default 5) are listed for a currency check.";
  }

  @Override
  public Set<String> optionNames() {
    return Set.of(MAX_AGE_YEARS);
  }

  @Override
  public void check(Course course, RuleContext context) {
    int maxAge = context.intOption(MAX_AGE_YEARS, DEFAULT_MAX_AGE_YEARS);
    int thisYear = context.today().getYear();
    for (CourseModule module : ReadableFiles.modules(course)) {
      boolean checkable =
          module.references().stream()
              .anyMatch(
                  r -> r.year() != null && !(YamlPaths.blank(r.url()) && YamlPaths.blank(r.doi())));
      if (!checkable) {
        context.report(
            module.source().positionOf("references"),
            "Module "
                + Labels.module(module)
                + " cites no reference with a `year` and a `url` or `doi`. Learners and reviewers"
                + " need current evidence they can check (CCCEP Standard 4; ACCME SII 1). Add one,"
                + " e.g. `references: [{ citation: \"21 CFR 1271.265 Receipt\", year: 2026, url:"
                + " https://www.ecfr.gov/current/title-21/part-1271 }]`.");
      }
      for (Reference reference : module.references()) {
        boolean regulatory =
            reference.citation() != null && REGULATORY.matcher(reference.citation()).find();
        if (regulatory && YamlPaths.blank(reference.version())) {
          context.report(
              reference.at(),
              "Regulatory reference "
                  + Labels.quote(reference.citation())
                  + " has no `version`. Regulations and guidance are revised, so reviewers must"
                  + " see which edition the content rests on (ACCME SII 1). Add it, e.g. `version:"
                  + " \"Final, December 2018\"` or `version: eCFR, current as of 2026-10-01`.");
        } else if (!regulatory
            && reference.year() != null
            && thisYear - reference.year() > maxAge) {
          context.report(
              Severity.INFO,
              reference.at(),
              "Reference "
                  + Labels.quote(reference.citation() == null ? "" : reference.citation())
                  + " is from "
                  + reference.year()
                  + ", more than "
                  + maxAge
                  + " years ago. Check that it is still the current evidence or edition and cite"
                  + " a newer source if there is one (CCCEP Standard 4; the age limit is REV-003's"
                  + " `"
                  + MAX_AGE_YEARS
                  + "` option).");
        }
      }
    }
  }
}
