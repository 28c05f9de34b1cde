package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.coursekit.diag.Finding;
import org.coursekit.rules.CourseFixture;
import org.coursekit.rules.ExampleCourseCopy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** DSC-001 to DSC-003 on edited copies of the example course (sources only). */
class DisclosureRulesTest extends ExampleCourseCopy {

  private static final String PROGRAM = "program.yml";
  private static final String M01 = "modules/m01-receipt.md";
  private static final String M01_LAST_INTRO_LINE =
      "between accepting the shipment and placing it in quarantine.";
  private static final String DISCLAIMER =
      "    This certificate shows completion of training and a passed assessment. It is not a"
          + " certification or licence.\n";

  private void addToM01(String sentence) {
    course.edit(M01, M01_LAST_INTRO_LINE, M01_LAST_INTRO_LINE + " " + sentence);
  }

  @Test
  void exampleCourseHasNoFindingOfTheseRules() {
    assertThat(course.printed("DSC-001", "DSC-002", "DSC-003")).isEmpty();
  }

  @Nested
  class LandingPageInformation {

    @Test
    void missingExclusionsAreReportedByPrg001AloneAsItsWarning() {
      course.cut(PROGRAM, "  excludes:", "intended_audience:");

      assertThat(course.findings("DSC-001")).isEmpty();
      assertThat(course.printed("PRG-001"))
          .singleElement()
          .asString()
          .startsWith(PROGRAM + ":13:3: warning [PRG-001] program.yml has no `scope.excludes`");
    }

    @Test
    void aMissingPurposeIsReportedOnceByTheProgramProfileRule() {
      course.cut(PROGRAM, "purpose:", "scope:");

      assertThat(course.findings("PRG-001", "DSC-001", "DSC-002", "DSC-003"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo("PRG-001");
                assertThat(f.message()).startsWith("program.yml has no `purpose`");
              });
    }

    @Test
    void aMissingCertificateTermIsReportedOnceByTheCertificateTermRule() {
      course.cut(PROGRAM, "  term: ", "  term_rationale:");

      assertThat(course.findings("PRG-005", "DSC-001", "DSC-003", "REV-002"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo("PRG-005");
                assertThat(f.message()).startsWith("program.yml has no `certificate.term`");
              });
    }

    @Test
    void missingTechnicalRequirementsAndFeesPolicyAreErrors() {
      course
          .cut(PROGRAM, "  technical_requirements:", "  rationale: docs/design-rationale.md")
          .edit(PROGRAM, "  fees_refunds: https://example.org/policies/fees\n", "");

      assertThat(course.findings("DSC-001"))
          .extracting(CourseFixture::at, Finding::message)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  PROGRAM + ":43:3",
                  "The landing page cannot show the technical requirements: program.yml has no"
                      + " `design_plan.technical_requirements`. Learners must see it before they"
                      + " enrol (E2659-24 public information and required policies; QM Standard"
                      + " 1). Add it, e.g. `technical_requirements: A current web browser with"
                      + " JavaScript enabled`."),
              org.assertj.core.groups.Tuple.tuple(
                  PROGRAM + ":100:3",
                  "The landing page cannot show the fees, cancellation and refund policy:"
                      + " program.yml has no `policies.fees_refunds`. Learners must see it before"
                      + " they enrol (E2659-24 public information and required policies; QM"
                      + " Standard 1). Add it, e.g. `fees_refunds:"
                      + " https://example.org/policies/fees`."));
    }

    @Test
    void noPrerequisitesDeclaredExplicitlyIsFine() {
      course.edit(
          PROGRAM,
          "prerequisites:\n  - Site GMP orientation\n  - Site biosafety and laboratory safety"
              + " induction\n",
          "prerequisites: []\nprerequisites_none: true\n");

      assertThat(course.printed("DSC-001")).isEmpty();
    }

    @Test
    void emptyPrerequisitesWithoutSayingSoAreReportedByPrg001Alone() {
      course.edit(
          PROGRAM,
          "prerequisites:\n  - Site GMP orientation\n  - Site biosafety and laboratory safety"
              + " induction\n",
          "prerequisites: []\n");

      assertThat(course.findings("DSC-001")).isEmpty();
      assertThat(course.findings("PRG-001"))
          .extracting(CourseFixture::at)
          .containsExactly(PROGRAM + ":33:16");
    }
  }

  @Nested
  class NoMisleadingClaims {

    @Test
    void claimInAModuleBodyIsAnErrorAtItsLineAndColumn() {
      addToM01("When you pass, you will be certified to release products.");

      assertThat(course.printed("DSC-002"))
          .containsExactly(
              M01
                  + ":45:77: error [DSC-002] \"you will be certified\" says or implies that"
                  + " certificate holders become certified, licensed or registered, or that the"
                  + " program is a certification. A certificate program documents training and a"
                  + " passed assessment and must not claim more (E2659-09 5.2.4.2(1); E2659-18"
                  + " 4.1.3). Reword it, e.g. \"you will earn a certificate\" or \"this certificate"
                  + " program\"; if it is a technical term, add it to DSC-002's `allowed_phrases`"
                  + " in coursekit.yml.");
    }

    @Test
    void technicalUsesOfTheWordsAreNoClaims() {
      addToM01(
          "Biosafety cabinet field certification is due every year, the cabinet must be"
              + " certified by a vendor, and learners are registered for the course"
              + " automatically. You will not be certified by this course; unlike a"
              + " certification program, it ends with a certificate.");

      assertThat(course.printed("DSC-002")).isEmpty();
    }

    @Test
    void claimInThePurposeIsReportedAtThePurpose() {
      course.edit(
          PROGRAM, "  Prepare newly hired", "  Become a certified handler. Prepare newly hired");

      assertThat(course.findings("DSC-002"))
          .extracting(CourseFixture::at, f -> f.message().substring(0, 40))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  PROGRAM + ":7:10", "\"Become a certified\" says or implies tha"));
    }

    @Test
    void accreditationClaimNeedsAnActiveAccreditationThatCoversTheProgram() {
      addToM01("This certificate program is accredited by ANAB.");
      assertThat(course.printed("DSC-002")).isEmpty();

      course.edit(PROGRAM, "status: active", "status: suspended");
      assertThat(course.printed("DSC-002"))
          .containsExactly(
              M01
                  + ":45:62: error [DSC-002] \"This certificate program is accredited\" claims that"
                  + " the program is accredited, but program.yml declares no active accreditation"
                  + " that covers `cgt-product-handling`. An accreditation claim must be true for"
                  + " this program (E2659-09 5.2.4.2(1)). Remove it, or declare the accreditation"
                  + " once granted, e.g. `accreditation: { body: ANAB, standard: ASTM E2659-18,"
                  + " status: active, scope: [cgt-product-handling] }`.");
    }

    @Test
    void designationNeedsCertificateDesignation() {
      addToM01("Holders may use the designation CPH-T after their name.");
      assertThat(course.findings("DSC-002"))
          .singleElement()
          .extracting(Finding::message)
          .asString()
          .startsWith(
              "\"use the designation\" offers holders a designation (letters after their name),"
                  + " but `certificate.designation` is not declared.");

      course.edit(PROGRAM, "  disclaimer: >-\n", "  designation: CPH-T\n  disclaimer: >-\n");
      assertThat(course.printed("DSC-002")).isEmpty();
    }

    @Test
    void missingOrNonDisclaimingDisclaimerIsAnError() {
      course.edit(
          PROGRAM,
          DISCLAIMER,
          "    This certificate shows completion of training and a passed assessment.\n");
      assertThat(course.printed("DSC-002"))
          .containsExactly(
              PROGRAM
                  + ":97:15: error [DSC-002] The certificate disclaimer does not say that the"
                  + " certificate is not a certification or licence. Learners and employers must"
                  + " be told what the certificate does and does not mean, so it is not mistaken"
                  + " for certification or a licence (E2659-18 4.1.3; E2659-09 5.2.4.2(1)). Say"
                  + " so, e.g. `disclaimer: This certificate shows completion of training and a"
                  + " passed assessment. It is not a certification or licence.`");

      course.edit(
          PROGRAM,
          "  disclaimer: >-\n"
              + "    This certificate shows completion of training and a passed assessment.\n",
          "");
      assertThat(course.findings("DSC-002"))
          .extracting(CourseFixture::at, f -> f.message().substring(0, 44))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  PROGRAM + ":87:3", "program.yml has no `certificate.disclaimer`."));
    }

    @Test
    void configuredPatternsAddClaimsAndInvalidOnesAreReported() {
      addToM01("You will be board-ready.");
      course.write(
          "coursekit.yml",
          "rules:\n  DSC-002: { claim_patterns: [\"\\\\bboard-ready\\\\b\", \"(\"] }\n");

      assertThat(course.printed("DSC-002"))
          .containsExactly(
              "coursekit.yml:2:52: error [DSC-002] The DSC-002 `claim_patterns` entry \"(\" is"
                  + " not a valid regular expression (Unclosed group), so it was skipped. Fix it,"
                  + " e.g. `\\bboard[- ]certified\\b`.",
              M01
                  + ":45:74: error [DSC-002] \"board-ready\" matches a claim pattern set for"
                  + " DSC-002 in coursekit.yml (`claim_patterns`). Reword it so it does not claim"
                  + " more than a certificate of training and a passed assessment.");
    }

    @Test
    void allowedPhrasesAreNoClaims() {
      addToM01("A Certified Biosafety Professional checks the cabinet.");
      assertThat(course.findings("DSC-002")).hasSize(1);

      course.write(
          "coursekit.yml",
          "rules:\n  DSC-002: { allowed_phrases: [\"certified biosafety professional\"] }\n");
      assertThat(course.printed("DSC-002")).isEmpty();
    }
  }

  @Nested
  class CertificateData {

    @Test
    void missingVersionIsAnError() {
      course.edit(PROGRAM, "version: 1.0.0\n", "");

      assertThat(course.printed("DSC-003"))
          .containsExactly(
              PROGRAM
                  + ":1:1: error [DSC-003] program.yml has no `version`, so a certificate cannot"
                  + " show which version of the program its holder passed. Certificates and"
                  + " learner records must be traceable to the exact program and its term"
                  + " (E2659-18 3.1.14; CACS Standard 4; ICE records). Add e.g. `version: 1.0.0`.");
    }

    @Test
    void accreditationWithoutBodyIsAnError() {
      course.edit(PROGRAM, "accreditation: { body: ANAB, ", "accreditation: { ");

      assertThat(course.findings("DSC-003"))
          .extracting(CourseFixture::at)
          .containsExactly(PROGRAM + ":102:16");
    }

    @Test
    void objectiveIdThatCannotBeExportedIsAWarning() {
      course.edit(M01, "  - id: LO-M01-1\n", "  - id: LO M01 1\n");

      assertThat(course.printed("DSC-003"))
          .containsExactly(
              M01
                  + ":8:9: warning [DSC-003] Objective id `LO M01 1` cannot be exported as a SCORM"
                  + " or xAPI objective identifier, so attainment of it cannot be recorded per"
                  + " learner (SCORM 2004 objectives). Use letters, digits and `-`, `_`, `.` or `:`"
                  + " only, starting with a letter or digit, e.g. `LO-M01-1`.");
    }

    @Test
    void idsWithDotsAndColonsCanBeExported() {
      course.edit(M01, "  - id: LO-M01-1\n", "  - id: cgt:LO.M01_1\n");

      assertThat(course.printed("DSC-003")).isEmpty();
    }
  }
}
