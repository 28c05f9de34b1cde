package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemsReachObjectiveLevelTest {

  private static final String M02 = "modules/m02-chain-of-identity.md";
  private static final String S01 = "items/secure/Q-M02-S01.yml";
  private static final String S02 = "items/secure/Q-M02-S02.yml";
  private static final String WHY =
      ". The assessment must measure each objective at the level it states (QM 3.1; Anderson &"
          + " Krathwohl 2001). Add an item at ";

  @TempDir Path folder;
  private CourseFixture fixture;

  @BeforeEach
  void copyExampleCourse() {
    fixture = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void itemsBelowTheObjectivesLevelAreAWarning() {
    fixture.edit(M02, "bloom_level: remember", "bloom_level: evaluate");

    assertThat(fixture.printed("LO-009"))
        .containsExactly(
            M02
                + ":10:18: warning [LO-009] Objective `LO-M02-1` is at evaluate, but none of its 2"
                + " summative items reaches it: `Q-M02-S01` is at remember; `Q-M02-S02` is at"
                + " remember"
                + WHY
                + "evaluate or above, or correct the items' `bloom_level` if they already ask for"
                + " more.");
  }

  @Test
  void aSingleItemBelowTheLevelIsNamed() {
    fixture.edit(M02, "bloom_level: remember", "bloom_level: apply");
    fixture.edit(S02, "objectives: [LO-M02-1]", "objectives: [LO-M02-3]");

    assertThat(fixture.printed("LO-009"))
        .containsExactly(
            M02
                + ":10:18: warning [LO-009] Objective `LO-M02-1` is at apply, but its only"
                + " summative item does not reach that level: `Q-M02-S01` is at remember"
                + WHY
                + "apply or above, or correct the items' `bloom_level` if they already ask for"
                + " more.");
  }

  @Test
  void selectedResponseItemsCannotMeasureCreate() {
    fixture.edit(M02, "bloom_level: remember", "bloom_level: create");
    fixture.edit(S01, "bloom_level: remember", "bloom_level: create");
    fixture.edit(S02, "bloom_level: remember", "bloom_level: create");

    assertThat(fixture.printed("LO-009"))
        .containsExactly(
            M02
                + ":10:18: warning [LO-009] Objective `LO-M02-1` is at create, but none of its 2"
                + " summative items reaches it: `Q-M02-S01` is a short item, which cannot measure"
                + " Create; `Q-M02-S02` is a multiple item, which cannot measure Create"
                + WHY
                + "create or above of a type the learner builds an answer in (case, observation or"
                + " performance, with a rubric), or correct the items' `bloom_level` if they"
                + " already ask for more.");
  }

  @Test
  void oneItemAtTheLevelIsEnough() {
    fixture.edit(M02, "bloom_level: remember", "bloom_level: evaluate");
    fixture.edit(S02, "bloom_level: remember", "bloom_level: evaluate");

    assertThat(fixture.printed("LO-009")).isEmpty();
  }
}
