package org.coursekit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class OutputTimestampsTest {

  @Test
  void readsIsoTimestampsWithOffset() throws Exception {
    assertThat(OutputTimestamps.parse("2026-11-25T00:00:00Z"))
        .isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    assertThat(OutputTimestamps.parse("2026-11-25T02:00:00+02:00"))
        .isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
  }

  @Test
  void readsSecondsSinceTheEpoch() throws Exception {
    assertThat(OutputTimestamps.parse("1764028800")).isEqualTo(Instant.ofEpochSecond(1764028800L));
  }

  @Test
  void emptyOrSingleCharacterMeansNoTimestamp() throws Exception {
    assertThat(OutputTimestamps.parse(null)).isNull();
    assertThat(OutputTimestamps.parse("")).isNull();
    assertThat(OutputTimestamps.parse("x")).isNull();
  }

  @Test
  void rejectsAnythingElseWithAnExample() {
    assertThatThrownBy(() -> OutputTimestamps.parse("yesterday"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("2026-01-01T00:00:00Z");
  }
}
