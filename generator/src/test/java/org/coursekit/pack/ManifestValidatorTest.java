package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled official schemas accept the conformance fixtures that are valid and reject each
 * deliberately broken one (copied from /work/shared/conformance/fixtures), without network access.
 */
class ManifestValidatorTest {

  private static final ManifestValidator VALIDATOR = new ManifestValidator();

  @ParameterizedTest
  @CsvSource({
    "SCORM12, scorm12-minimal-imsmanifest.xml",
    "SCORM2004, scorm2004-4th-minimal-imsmanifest.xml",
    "SCORM2004, scorm2004-4th-inline-lom.xml",
    "CMI5, cmi5-minimal.xml"
  })
  void acceptsValidFixtures(PackageFormat format, String fixture) throws IOException {
    assertThat(VALIDATOR.validate(format, fixture(fixture))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "SCORM12, scorm12-broken-noresources.xml, resources",
    "SCORM12, scorm12-broken-scormtype.xml, SCO",
    "SCORM12, scorm12-xsd-valid-but-bad-masteryscore.xml, masteryscore",
    "SCORM2004, scorm2004-4th-broken-duplicate-id.xml, RES-m01",
    "SCORM2004, scorm2004-4th-broken-extensions.xml, imsss",
    "CMI5, cmi5-broken.xml, ''"
  })
  void rejectsBrokenFixtures(PackageFormat format, String fixture, String mentioned)
      throws IOException {
    List<String> problems = VALIDATOR.validate(format, fixture(fixture));

    assertThat(problems).isNotEmpty();
    assertThat(String.join("\n", problems)).contains(mentioned);
  }

  @Test
  void aScorm12ManifestIsNotAValidScorm2004One() throws IOException {
    assertThat(
            VALIDATOR.validate(PackageFormat.SCORM2004, fixture("scorm12-minimal-imsmanifest.xml")))
        .isNotEmpty();
  }

  @Test
  void reportsMalformedXmlWithItsPosition() {
    byte[] xml = "<manifest>\n<unclosed>\n</manifest>".getBytes(StandardCharsets.UTF_8);

    assertThat(VALIDATOR.validate(PackageFormat.SCORM12, xml))
        .doesNotHaveDuplicates()
        .anySatisfy(problem -> assertThat(problem).startsWith("3:").contains("unclosed"));
  }

  @Test
  void neverFetchesAnythingFromTheNetwork() {
    // A document that names an external DTD must not make the validator go online.
    byte[] xml =
        ("<?xml version=\"1.0\"?><!DOCTYPE manifest SYSTEM \"http://127.0.0.1:9/x.dtd\">"
                + "<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\"/>")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(VALIDATOR.validate(PackageFormat.CMI5, xml))
        .anySatisfy(problem -> assertThat(problem).contains("http").contains("not allowed"));
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = ManifestValidatorTest.class.getResourceAsStream("conformance/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test fixture " + name);
      }
      return in.readAllBytes();
    }
  }
}
