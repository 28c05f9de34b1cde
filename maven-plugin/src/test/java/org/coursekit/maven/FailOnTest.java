package org.coursekit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoExecutionException;
import org.coursekit.diag.Severity;
import org.junit.jupiter.api.Test;

class FailOnTest {

  @Test
  void mapsEachWordToItsSeverityIgnoringCase() throws Exception {
    assertThat(FailOn.parse("error")).isEqualTo(Severity.ERROR);
    assertThat(FailOn.parse(" Warning ")).isEqualTo(Severity.WARNING);
    assertThat(FailOn.parse("INFO")).isEqualTo(Severity.INFO);
  }

  @Test
  void rejectsUnknownWords() {
    assertThatThrownBy(() -> FailOn.parse("fatal"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("error, warning or info");
  }
}
