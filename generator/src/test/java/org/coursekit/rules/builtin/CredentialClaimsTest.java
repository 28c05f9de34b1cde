package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.coursekit.rules.ExampleCourseCopy;
import org.coursekit.rules.builtin.CredentialClaims.Claim;
import org.coursekit.rules.builtin.CredentialClaims.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DSC-002 looks for claims, not words. */
class CredentialClaimsTest extends ExampleCourseCopy {

  private CredentialClaims claims() {
    return CredentialClaims.of(course.load());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "You will be certified in cell product handling.|You will be certified",
        "Graduates who pass the exam are licensed to thaw products.|Graduates who pass the exam"
            + " are licensed",
        "Become a certified cleanroom operator in six hours!|Become a certified",
        "Every certified cleanroom operator knows this.|certified cleanroom operator",
        "Earn your certification today.|Earn your certification",
        "This certification is recognised by employers.|This certification",
        "Join our certification program.|certification program",
        "This course is a professional certification.|This course is a professional"
            + " certification",
        "Participants become registered as technicians.|Participants become registered",
        "It qualifies you as licensed staff.|qualifies you as licensed",
        "You **will be** certified.|You **will be** certified",
      })
  void credentialClaims(String text, String claimed) {
    assertThat(claims().in(text))
        .singleElement()
        .satisfies(
            claim -> {
              assertThat(claim.kind()).isEqualTo(Kind.CREDENTIAL);
              assertThat(claim.text()).isEqualTo(claimed);
              assertThat(text.substring(claim.start(), claim.end())).isEqualTo(claimed);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Biosafety cabinet field certification is done once a year.",
        "ASTM E2659-18 Standard Practice for Certificate Programs",
        "This certificate shows completion of training. It is not a certification or licence.",
        "You will not be certified by this course.",
        "Learners are registered for the course automatically.",
        "Unlike a certification program, this course ends with a certificate.",
        "The cabinet must be certified by the vendor every year.",
        "File the logger's calibration certificate with the receipt record.",
        "ISO/IEC 17024 sets requirements for bodies operating certification of persons.",
        "This certificate program is accredited by ANAB under ASTM E2659-18.",
      })
  void wordsThatAreNoClaims(String text) {
    assertThat(claims().in(text)).isEmpty();
  }

  @Test
  void accreditationClaimWithoutActiveAccreditationIsAClaim() {
    course.edit("program.yml", "status: active", "status: withdrawn");

    assertThat(claims().in("This certificate program is accredited by ANAB."))
        .extracting(Claim::kind, Claim::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Kind.ACCREDITATION, "This certificate program is accredited"));
  }

  @Test
  void accreditationThatDoesNotListTheProgramIsNoBacking() {
    course.edit("program.yml", "scope: [cgt-product-handling]", "scope: [another-program]");

    assertThat(claims().in("Take an ANAB-accredited certificate program."))
        .extracting(Claim::kind)
        .containsExactly(Kind.ACCREDITATION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Holders may use the designation CPH-T.",
        "Put post-nominal letters on your badge.",
        "Add the letters after your name.",
      })
  void designationsNeedADeclaredDesignation(String text) {
    assertThat(claims().in(text)).extracting(Claim::kind).containsExactly(Kind.DESIGNATION);

    course.edit("program.yml", "  disclaimer: >-\n", "  designation: CPH-T\n  disclaimer: >-\n");
    assertThat(claims().in(text)).isEmpty();
  }

  @Test
  void overlappingMatchesAreOneClaim() {
    assertThat(claims().in("Become a certified cleanroom operator."))
        .extracting(Claim::text)
        .containsExactly("Become a certified");
  }
}
