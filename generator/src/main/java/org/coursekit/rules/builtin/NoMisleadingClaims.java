package org.coursekit.rules.builtin;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * DSC-002, source half: no text learners read claims more than a certificate (see {@link
 * CredentialClaims}), and the certificate's disclaimer says it is not a certification or licence.
 * The site build scans the rendered pages with the same scanner.
 */
final class NoMisleadingClaims implements Rule {

  /** The disclaimer must say what the certificate is not. */
  private static final Pattern DISCLAIMS =
      Pattern.compile(
          "\\b(?:not|no|neither|nor)\\b[^.]*\\b(?:certification|certified|licen[cs]e|licensed"
              + "|licensure)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final String DISCLAIMER_EXAMPLE =
      "`disclaimer: This certificate shows completion of training and a passed assessment. It is"
          + " not a certification or licence.`";

  @Override
  public String id() {
    return "DSC-002";
  }

  @Override
  public String name() {
    return "No misleading credential claims";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "A certificate program must not say or imply that holders are certified, licensed,"
        + " registered or accredited, nor call itself a certification (E2659-09 5.2.4.2(1);"
        + " E2659-18 4.1.3); accreditation claims need an active accreditation covering the"
        + " program, designations need `certificate.designation`, and the certificate states what"
        + " it does not mean. Sources and the published pages are both scanned; `claim_patterns`"
        + " adds regular expressions, `allowed_phrases` exempts technical terms.";
  }

  @Override
  public Set<String> optionNames() {
    return Set.of(CredentialClaims.PATTERNS_OPTION, CredentialClaims.ALLOWED_OPTION);
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = ReadableFiles.program(course);
    if (program == null) {
      return;
    }
    // Read through the typed accessors first, so a wrong type in coursekit.yml is reported.
    context.textsOption(CredentialClaims.PATTERNS_OPTION, List.of());
    context.textsOption(CredentialClaims.ALLOWED_OPTION, List.of());
    CredentialClaims claims =
        CredentialClaims.of(
            program,
            context.options(),
            (entry, problem) ->
                context.report(
                    entry.at(),
                    "The DSC-002 `"
                        + CredentialClaims.PATTERNS_OPTION
                        + "` entry "
                        + Labels.quote(entry.text())
                        + " is not a valid regular expression ("
                        + problem
                        + "), so it was skipped. Fix it, e.g. `\\bboard[- ]certified\\b`."));
    for (CredentialClaims.Located found : claims.inSources(course)) {
      context.report(
          found.at(), Labels.quote(found.claim().text()) + " " + claims.explain(found.claim()));
    }
    checkDisclaimer(program, context);
  }

  private static void checkDisclaimer(Program program, RuleContext context) {
    String disclaimer = program.certificate() == null ? null : program.certificate().disclaimer();
    String why =
        " Learners and employers must be told what the certificate does and does not mean, so it"
            + " is not mistaken for certification or a licence (E2659-18 4.1.3; E2659-09"
            + " 5.2.4.2(1)).";
    if (YamlPaths.blank(disclaimer)) {
      context.report(
          YamlPaths.at(program.source(), "certificate.disclaimer"),
          "program.yml has no `certificate.disclaimer`." + why + " Add e.g. " + DISCLAIMER_EXAMPLE);
    } else if (!DISCLAIMS.matcher(disclaimer).find()) {
      context.report(
          YamlPaths.at(program.source(), "certificate.disclaimer"),
          "The certificate disclaimer does not say that the certificate is not a certification or"
              + " licence."
              + why
              + " Say so, e.g. "
              + DISCLAIMER_EXAMPLE);
    }
  }
}
