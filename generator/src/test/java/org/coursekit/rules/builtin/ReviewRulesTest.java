package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.coursekit.diag.Finding;
import org.coursekit.history.CourseHistory;
import org.coursekit.rules.CourseFixture;
import org.coursekit.rules.ExampleCourseCopy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** REV-001 to REV-004 on edited copies of the example course. */
class ReviewRulesTest extends ExampleCourseCopy {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String M03 = "modules/m03-storage-and-thaw.md";
  private static final String PROGRAM = "program.yml";
  private static final String PEOPLE = "people.yml";
  private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 25);

  /** The module review of m03; its inline quiz item has a review with the same reviewers. */
  private static final String M03_REVIEW =
      "review: { reviewers: [sme-ali], reviewed_on: 2026-11-25";

  /** A history in which each file last changed on the date given, others on {@code fallback}. */
  private static CourseHistory history(LocalDate fallback, Map<String, LocalDate> changed) {
    return new CourseHistory() {
      @Override
      public boolean available() {
        return true;
      }

      @Override
      public Optional<LocalDate> lastChanged(String file) {
        return Optional.of(changed.getOrDefault(file, fallback));
      }

      @Override
      public Optional<String> atLastRelease(String file) {
        return Optional.empty();
      }

      @Override
      public Optional<String> lastReleaseName() {
        return Optional.empty();
      }
    };
  }

  @Test
  void exampleCourseHasOnlyTheNoHistoryInfo() {
    assertThat(course.printed("REV-001", "REV-002", "REV-003", "REV-004"))
        .containsExactly(
            PROGRAM
                + ":1:1: info [REV-001] Review dates were not compared with the last change of"
                + " each file, because the course's version history is not available (the course"
                + " folder is not in a Git repository, or Git could not be read). REV-001 asks"
                + " that content be reviewed after its last substantive change; build from a Git"
                + " checkout to have it checked.");
  }

  @Nested
  class QualifiedReview {

    @Test
    void changeAfterTheReviewIsAnErrorAtReviewedOn() {
      course.history(history(REVIEWED, Map.of(M01, REVIEWED.plusDays(1))));

      assertThat(course.printed("REV-001"))
          .containsExactly(
              M01
                  + ":25:47: error [REV-001] Module `m01-receipt` changed on 2026-11-26 (last"
                  + " commit to modules/m01-receipt.md), after its review on 2026-11-25. Content"
                  + " must be approved by a qualified subject-matter expert after its last"
                  + " substantive change (ICE ACAP area 4; CACS; ACCME SII Standard 1). Have an SME"
                  + " review the current version and update `reviewed_on`.");
    }

    @Test
    void changeOnTheDayOfTheReviewIsFineAndHistoryNeedsNoInfo() {
      course.history(history(REVIEWED, Map.of()));

      assertThat(course.printed("REV-001")).isEmpty();
    }

    @Test
    void reviewerWithoutTheSmeRoleIsAnError() {
      course.edit(M03, M03_REVIEW, M03_REVIEW.replace("[sme-ali]", "[author-rivera]"));

      assertThat(course.printed("REV-001"))
          .contains(
              M03
                  + ":25:22: error [REV-001] No reviewer of module `m03-storage-and-thaw` is a"
                  + " qualified SME: `author-rivera` does not have the role `sme`. Content must be"
                  + " approved by a qualified subject-matter expert after its last substantive"
                  + " change (ICE ACAP area 4; CACS; ACCME SII Standard 1). Add a person from"
                  + " people.yml with the role `sme` and listed `qualifications` who is not the"
                  + " only author, e.g. `reviewers: [sme-chen]`.");
    }

    @Test
    void smeWhoIsTheOnlyAuthorOrHasNoQualificationsDoesNotCount() {
      course
          .edit(
              M03,
              "authors: [author-lindqvist]\n" + M03_REVIEW,
              "authors: [sme-ali]\n" + M03_REVIEW.replace("[sme-ali]", "[sme-ali, sme-new]"))
          .write(
              PEOPLE,
              course.read(PEOPLE)
                  + "\n- id: sme-new\n  name: A. New\n  roles: [sme]\n"
                  + "  coi: { disclosed_on: 2026-02-10, relevant: [] }\n");

      assertThat(course.findings("REV-001"))
          .filteredOn(f -> f.at().file().equals(M03))
          .singleElement()
          .extracting(Finding::message)
          .asString()
          .startsWith(
              "No reviewer of module `m03-storage-and-thaw` is a qualified SME: `sme-ali` is its"
                  + " only author; `sme-new` has no `qualifications` in people.yml.");
    }

    @Test
    void aQualifiedSmeAmongSeveralReviewersIsEnough() {
      course.edit(M03, M03_REVIEW, M03_REVIEW.replace("[sme-ali]", "[author-rivera, sme-ali]"));

      assertThat(course.findings("REV-001")).filteredOn(f -> f.at().file().equals(M03)).isEmpty();
    }

    @Test
    void decisionOtherThanApprovedIsAnError() {
      course.edit(M01, "decision: approved", "decision: revise");

      assertThat(course.findings("REV-001"))
          .filteredOn(f -> f.at().file().equals(M01))
          .extracting(Finding::format)
          .containsExactly(
              M01
                  + ":25:69: error [REV-001] The review of module `m01-receipt` records the"
                  + " decision `revise`, not `approved`. Content must be approved by a qualified"
                  + " subject-matter expert after its last substantive change (ICE ACAP area 4;"
                  + " CACS; ACCME SII Standard 1). When the SME approves it, set `decision:"
                  + " approved`.");
    }

    @Test
    void programWithoutReviewIsAnError() {
      course.cut(PROGRAM, "review: {", "evaluation:");

      assertThat(course.findings("REV-001"))
          .filteredOn(f -> f.severity() != org.coursekit.diag.Severity.INFO)
          .extracting(Finding::format)
          .containsExactly(
              PROGRAM
                  + ":1:1: error [REV-001] The program has no `review` record. Content must be"
                  + " approved by a qualified subject-matter expert after its last substantive"
                  + " change (ICE ACAP area 4; CACS; ACCME SII Standard 1). Add e.g. `review: {"
                  + " reviewers: [sme-chen], reviewed_on: 2026-10-15, decision: approved,"
                  + " next_review_due: 2027-10-01 }`.");
    }
  }

  @Nested
  class ReviewCycle {

    private static final String DUE = "next_review_due: 2027-10-01";

    @Test
    void reviewDueWithin60DaysIsAWarning() {
      course.edit(M01, DUE, "next_review_due: 2027-01-24");

      assertThat(course.printed("REV-002"))
          .containsExactly(
              M01
                  + ":25:96: warning [REV-002] The review of module `m01-receipt` is due on"
                  + " 2027-01-24, in 60 days. Content must be reviewed often enough to stay"
                  + " current for the whole certificate term (E2659-18 6.1.4). Plan the SME review"
                  + " now, then update `reviewed_on` and `next_review_due`.");
    }

    @Test
    void reviewDueIn61DaysIsFine() {
      course.edit(M01, DUE, "next_review_due: 2027-01-25");

      assertThat(course.printed("REV-002")).isEmpty();
    }

    @Test
    void overdueReviewIsAnError() {
      course.edit(M01, DUE, "next_review_due: 2026-11-24");

      assertThat(course.printed("REV-002"))
          .containsExactly(
              M01
                  + ":25:96: error [REV-002] The review of module `m01-receipt` was due on"
                  + " 2026-11-24 and is overdue. Content must be reviewed often enough to stay"
                  + " current for the whole certificate term (E2659-18 6.1.4). Have an SME review"
                  + " it, then update `reviewed_on` and `next_review_due`.");
    }

    @Test
    void dueDateBeyondOneCycleIsAWarning() {
      course.edit(M01, DUE, "next_review_due: 2027-11-26");

      assertThat(course.printed("REV-002"))
          .containsExactly(
              M01
                  + ":25:96: warning [REV-002] The next review of module `m01-receipt` is due on"
                  + " 2027-11-26, later than one review cycle (12 months) after its review on"
                  + " 2026-11-25. Content must be reviewed often enough to stay current for the"
                  + " whole certificate term (E2659-18 6.1.4). Set `next_review_due: 2027-11-25`"
                  + " or earlier.");
    }

    @Test
    void dueDateExactlyOneCycleLaterIsFine() {
      course.edit(M01, DUE, "next_review_due: 2027-11-25");

      assertThat(course.printed("REV-002")).isEmpty();
    }

    @Test
    void aCertificateTermShorterThanTheCycleLimitsEveryReview() {
      course.edit(PROGRAM, "term: P3Y", "term: P6M");

      assertThat(course.findings("REV-002"))
          .extracting(CourseFixture::at)
          .containsExactly(
              M01 + ":25:96",
              "modules/m02-chain-of-identity.md:25:108",
              M03 + ":25:95",
              "modules/m04-deviations.md:25:105",
              PROGRAM + ":99:25",
              PROGRAM + ":99:126");
      assertThat(course.printed("REV-002"))
          .contains(
              PROGRAM
                  + ":99:25: warning [REV-002] The review cycle of the program (12 months) is"
                  + " longer than the certificate term (P6M), so a certificate could outlive the"
                  + " review of what it certifies. Content must be reviewed often enough to stay"
                  + " current for the whole certificate term (E2659-18 6.1.4). Shorten the cycle,"
                  + " e.g. `cycle_months: 12`.",
              M01
                  + ":25:96: warning [REV-002] The next review of module `m01-receipt` is due on"
                  + " 2027-10-01, later than one certificate term (P6M) after its review on"
                  + " 2026-11-25. Content must be reviewed often enough to stay current for the"
                  + " whole certificate term (E2659-18 6.1.4). Set `next_review_due: 2027-05-25`"
                  + " or earlier.");
    }

    @Test
    void missingDueDateIsAWarningWithAnExampleDate() {
      course.edit(M01, ", " + DUE + " }", " }");

      assertThat(course.printed("REV-002"))
          .containsExactly(
              M01
                  + ":25:9: warning [REV-002] The review of module `m01-receipt` has no"
                  + " `next_review_due`. Content must be reviewed often enough to stay current for"
                  + " the whole certificate term (E2659-18 6.1.4). Add the date of the next"
                  + " review, e.g. `next_review_due: 2027-11-25`.");
    }
  }

  @Nested
  class CurrentReferences {

    private static final String ECFR_VERSION = "    version: eCFR, current as of 2026-10-01\n";

    @Test
    void moduleWithoutACheckableReferenceIsAWarning() {
      course.replaceSpan(
          M01, "references:", "ai_assisted:", "references:\n  - citation: \"Site receipt SOP\"\n");

      assertThat(course.printed("REV-003"))
          .containsExactly(
              M01
                  + ":27:3: warning [REV-003] Module `m01-receipt` cites no reference with a"
                  + " `year` and a `url` or `doi`. Learners and reviewers need current evidence"
                  + " they can check (CCCEP Standard 4; ACCME SII 1). Add one, e.g. `references: [{"
                  + " citation: \"21 CFR 1271.265 Receipt\", year: 2026, url:"
                  + " https://www.ecfr.gov/current/title-21/part-1271 }]`.");
    }

    @Test
    void regulatoryReferenceWithoutVersionIsAWarning() {
      course.edit(M01, ECFR_VERSION, "");

      assertThat(course.printed("REV-003"))
          .containsExactly(
              M01
                  + ":27:5: warning [REV-003] Regulatory reference \"21 CFR Part 1271, Subpart D:"
                  + " Current Good Tissue Practice (§…\" has no `version`. Regulations"
                  + " and guidance are revised, so reviewers must see which edition the content"
                  + " rests on (ACCME SII 1). Add it, e.g. `version: \"Final, December 2018\"` or"
                  + " `version: eCFR, current as of 2026-10-01`.");
    }

    @Test
    void referenceOlderThanFiveYearsIsInfo() {
      course.edit(
          M01,
          "    year: 2023\n    url: https://www.isber.org",
          "    year: 2020\n    url: https://www.isber.org");

      assertThat(course.printed("REV-003"))
          .containsExactly(
              M01
                  + ":31:5: info [REV-003] Reference \"ISBER Best Practices: Recommendations for"
                  + " Repositories, Fifth Edition\" is from 2020, more than 5 years ago. Check that"
                  + " it is still the current evidence or edition and cite a newer source if there"
                  + " is one (CCCEP Standard 4; the age limit is REV-003's `max_age_years`"
                  + " option).");
    }

    @Test
    void referenceExactlyFiveYearsOldOrWithinTheOptionIsFine() {
      course.edit(
          M01,
          "    year: 2023\n    url: https://www.isber.org",
          "    year: 2021\n    url: https://www.isber.org");
      assertThat(course.printed("REV-003")).isEmpty();

      course
          .edit(
              M01,
              "    year: 2021\n    url: https://www.isber.org",
              "    year: 2017\n    url: https://www.isber.org")
          .write("coursekit.yml", "rules:\n  REV-003: { max_age_years: 10 }\n");
      assertThat(course.printed("REV-003")).isEmpty();
    }

    @Test
    void versionedGuidanceStaysCurrentWhateverItsAge() {
      assertThat(course.read("modules/m04-deviations.md"))
          .contains("year: 2018")
          .contains("version: Final, December 2018");
      assertThat(course.printed("REV-003")).isEmpty();
    }
  }

  @Nested
  class ConflictOfInterest {

    private static final String CREDIT = "  - { type: iacet-ceu, amount: 0.3, unit: ceu }\n";
    private static final String ACPE = CREDIT + "  - { type: acpe, amount: 3.0 }\n";

    @Test
    void iacetCreditAloneNeedsNoDisclosure() {
      assertThat(course.read(PROGRAM)).doesNotContain("disclosure:");
      assertThat(course.printed("REV-004")).isEmpty();
    }

    @Test
    void acpeCreditWithoutLearnerDisclosureIsAnError() {
      course.edit(PROGRAM, CREDIT, ACPE);

      assertThat(course.printed("REV-004"))
          .containsExactly(
              PROGRAM
                  + ":1:1: error [REV-004] program.yml has no `disclosure`, the statement learners"
                  + " see before the content. With ACPE, ACCME or Jointly Accredited credit,"
                  + " everyone who controls content must disclose financial relationships of the"
                  + " past 24 months, relevant ones must be mitigated, and learners must be told"
                  + " before the activity (ACCME Standards for Integrity and Independence,"
                  + " Standard 3; ACPE Standard 5). Add e.g. `disclosure: None of the planners,"
                  + " authors or reviewers has a relevant financial relationship with an"
                  + " ineligible company.`");
    }

    @Test
    void acpeCreditWithDisclosureAndCurrentDisclosuresIsFine() {
      course
          .edit(PROGRAM, CREDIT, ACPE)
          .write(PROGRAM, course.read(PROGRAM) + "disclosure: No relevant relationships.\n");

      assertThat(course.printed("REV-004")).isEmpty();
    }

    @Test
    void relevantRelationshipWithoutMitigationAndStaleDisclosureAreErrors() {
      course
          .edit(PROGRAM, CREDIT, ACPE)
          .write(PROGRAM, course.read(PROGRAM) + "disclosure: No relevant relationships.\n")
          .cut(PEOPLE, "    mitigation: >-", "- id: sme-ali")
          .edit(PEOPLE, "disclosed_on: 2026-01-20", "disclosed_on: 2024-11-24");

      assertThat(course.printed("REV-004"))
          .containsExactly(
              PEOPLE
                  + ":26:24: error [REV-004] `sme-chen` disclosed financial relationships on"
                  + " 2024-11-24, more than 24 months ago. With ACPE, ACCME or Jointly Accredited"
                  + " credit, everyone who controls content must disclose financial relationships"
                  + " of the past 24 months, relevant ones must be mitigated, and learners must be"
                  + " told before the activity (ACCME Standards for Integrity and Independence,"
                  + " Standard 3; ACPE Standard 5). Collect a new disclosure and update"
                  + " `disclosed_on`.",
              PEOPLE
                  + ":36:5: error [REV-004] `sme-okafor` has relevant financial relationships but"
                  + " no `mitigation`. With ACPE, ACCME or Jointly Accredited credit, everyone who"
                  + " controls content must disclose financial relationships of the past 24"
                  + " months, relevant ones must be mitigated, and learners must be told before"
                  + " the activity (ACCME Standards for Integrity and Independence, Standard 3;"
                  + " ACPE Standard 5). Say how the relationship was kept out of the content, e.g."
                  + " `mitigation: A second SME reviewed every section this person wrote.`");
    }

    @Test
    void disclosureExactly24MonthsOldIsStillCurrent() {
      course
          .edit(PROGRAM, CREDIT, ACPE)
          .write(PROGRAM, course.read(PROGRAM) + "disclosure: No relevant relationships.\n")
          .edit(PEOPLE, "disclosed_on: 2026-01-20", "disclosed_on: 2024-11-25");

      assertThat(course.printed("REV-004")).isEmpty();
    }
  }
}
