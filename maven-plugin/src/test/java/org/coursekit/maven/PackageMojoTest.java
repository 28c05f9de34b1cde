package org.coursekit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoExecutionException;
import org.coursekit.pack.PackageFormat;
import org.junit.jupiter.api.Test;

class PackageMojoTest {

  @Test
  void readsCommaSeparatedFormatsIgnoringCaseAndSpaces() throws Exception {
    assertThat(PackageMojo.parseFormats("scorm12,scorm2004,cmi5"))
        .containsExactly(PackageFormat.SCORM12, PackageFormat.SCORM2004, PackageFormat.CMI5);
    assertThat(PackageMojo.parseFormats(" CMI5 , scorm12 "))
        .containsExactly(PackageFormat.SCORM12, PackageFormat.CMI5);
  }

  @Test
  void rejectsUnknownOrMissingFormats() {
    assertThatThrownBy(() -> PackageMojo.parseFormats("scorm12,aicc"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("scorm12, scorm2004, cmi5")
        .hasMessageContaining("aicc");
    assertThatThrownBy(() -> PackageMojo.parseFormats(" , "))
        .isInstanceOf(MojoExecutionException.class);
  }

  @Test
  void theClassifierIsTheFormatAtTheEndOfTheFileName() {
    assertThat(PackageMojo.classifier("cgt-product-handling-1.0.0-scorm2004.zip"))
        .hasValue("scorm2004");
    assertThat(PackageMojo.classifier("cgt-product-handling-1.0.0-scorm12.zip"))
        .hasValue("scorm12");
    assertThat(PackageMojo.classifier("cgt-product-handling-1.0.0-cmi5.zip")).hasValue("cmi5");
    assertThat(PackageMojo.classifier("findings.json")).isEmpty();
  }

  @Test
  void warnsOnlyAboveTheBudget() {
    long hundredMegabytes = 100L * 1024 * 1024;
    assertThat(PackageMojo.overBudget("a-scorm12.zip", hundredMegabytes, 100)).isEmpty();
    assertThat(PackageMojo.overBudget("a-scorm12.zip", hundredMegabytes + 1, 100))
        .hasValueSatisfying(
            warning ->
                assertThat(warning)
                    .contains("a-scorm12.zip")
                    .contains("100.0 MB")
                    .contains("100 MB budget (maxPackageMegabytes)"));
  }

  @Test
  void sizesArePrintedInKilobytesOrMegabytes() {
    assertThat(PackageMojo.size(3 * 1024 * 1024 + 512 * 1024)).isEqualTo("3.5 MB");
    assertThat(PackageMojo.size(83_241)).isEqualTo("82 KB");
    assertThat(PackageMojo.size(1)).isEqualTo("1 KB");
  }
}
