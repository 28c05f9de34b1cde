package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The runtime's pure parts (window.CourseKitCodec) in Chromium, on the example course's own package
 * data: the suspend_data worst case the build computes, the draw, the time formats.
 */
class RuntimeCodecTest extends LmsBrowserTest {

  @BeforeAll
  static void openAssessmentPage() throws Exception {
    server.serve(packages.unzipped("scorm12"));
    // The assessment page outside the shell: the runtime's codec, no tracking.
    driver.get(server.base() + "/pkg/assessment.html");
  }

  @Test
  void theBuildsWorstCaseSuspendDataIsWhatTheRuntimeEncodes() {
    String worst =
        (String)
            script(
                "return CourseKitCodec.worstCase(JSON.parse(arguments[0]), "
                    + "JSON.parse(document.getElementById('ck-assessment').textContent))",
                packages.packageData().toString());
    assertThat(worst).startsWith("v1|");
    assertThat(worst.length()).isEqualTo(packages.worstCase("scorm12"));
    assertThat(worst.length()).isLessThanOrEqualTo(4096);
    // The worst case reads back, with an answer for every drawn question.
    Object answers =
        script(
            "var pkg = JSON.parse(arguments[0]);"
                + " var d = CourseKitCodec.decode(arguments[1], CourseKitCodec.contextOf(pkg));"
                + " return d.restored && d.state.status === 'i' ? d.state.answers.length : -1",
            packages.packageData().toString(),
            worst);
    assertThat(((Number) answers).intValue()).isEqualTo(packages.drawCount());
  }

  @Test
  void stateSurvivesTheRoundTripAndTypedAnswersKeepTheirSeparators() {
    Object result =
        script(
            "var pkg = JSON.parse(arguments[0]); var c = CourseKitCodec;"
                + " var ctx = c.contextOf(pkg); var s = c.freshState(ctx);"
                + " s.page = 3; s.done[0] = true; s.done[2] = true; s.attempt = 2; s.status = 'i';"
                + " s.score = 7950; s.failedDay = 20500; s.seed = 4000000000; s.elapsed = 95;"
                + " var item = {type: 'short'}; var typed = 'a|b,c.d%e ü';"
                + " s.answers = ['1', c.encodeAnswer(item, typed), '', 'v'];"
                + " var text = c.encode(s); var back = c.decode(text, ctx);"
                + " return {text: text, same: JSON.stringify(back.state) === JSON.stringify(s),"
                + "  typed: c.decodeAnswer(item, back.state.answers[1])}",
            packages.packageData().toString());
    Map<?, ?> map = (Map<?, ?>) result;
    assertThat(map.get("same")).isEqualTo(true);
    assertThat(map.get("typed")).isEqualTo("a|b,c.d%e ü");
    assertThat((String) map.get("text")).matches("v1\\|[^|]*\\|[^|]*\\|3\\|5\\|2\\|i\\|.*");
  }

  @Test
  void aChangedCourseDropsOnlyWhatNoLongerFits() {
    Object result =
        script(
            "var pkg = JSON.parse(arguments[0]); var c = CourseKitCodec; var ctx = c.contextOf(pkg);"
                + " var s = c.freshState(ctx); s.done[1] = true; s.page = 2;"
                + " s.attempt = 2; s.status = 'i'; s.score = 5000; s.failedDay = 20000;"
                + " s.seed = 7; s.answers = ['1'];"
                + " var text = c.encode(s);"
                + " var newPool = Object.assign({}, ctx, {assessmentKey: 'other'});"
                + " var newModules = Object.assign({}, ctx, {modulesKey: 'other'});"
                + " return {pool: c.decode(text, newPool).state, modules: c.decode(text, newModules).state}",
            packages.packageData().toString());
    Map<?, ?> map = (Map<?, ?>) result;
    Map<?, ?> pool = (Map<?, ?>) map.get("pool");
    // A new pool: the unfinished attempt never happened; module progress and the failed one stay.
    assertThat(pool.get("status")).isEqualTo("f");
    assertThat(((Number) pool.get("attempt")).intValue()).isEqualTo(1);
    assertThat((List<?>) pool.get("done")).element(1).isEqualTo(true);
    Map<?, ?> modules = (Map<?, ?>) map.get("modules");
    // New modules: module progress and the bookmark go; the attempt stays.
    assertThat((List<?>) modules.get("done")).allMatch(Boolean.FALSE::equals);
    assertThat(((Number) modules.get("page")).intValue()).isZero();
    assertThat(modules.get("status")).isEqualTo("i");
  }

  @Test
  void theDrawMeetsTheBlueprintAndOneSeedAlwaysGivesTheSameQuestions() {
    JsonNode draws = draws(14, 1);
    assertThat(draws.get("sizes").toString()).isEqualTo("[14,14,14,14,14]");
    assertThat(draws.get("distinct").toString()).isEqualTo("[14,14,14,14,14]");
    assertThat(draws.get("stable").asBoolean()).isTrue();
    assertThat(draws.get("differ").asBoolean()).isTrue();
    assertThat(draws.get("uncovered")).isEmpty();
  }

  @Test
  void aDrawTooSmallForEveryMinimumStillCoversEveryObjective() {
    // The example blueprint asks for 34 items at least; a draw of 14 gets one per objective first.
    JsonNode draws = draws(14, null);
    assertThat(draws.get("sizes").toString()).isEqualTo("[14,14,14,14,14]");
    assertThat(draws.get("uncovered")).isEmpty();
  }

  /**
   * Draws with five seeds from the example pool, drawing {@code draw} items, every row's minimum
   * set to {@code minItems} (null keeps the blueprint's); "uncovered" lists rows some draw missed.
   */
  private static JsonNode draws(int draw, Integer minItems) {
    return Learner.json(
        script(
            "var data = JSON.parse(document.getElementById('ck-assessment').textContent);"
                + " data.draw = arguments[0];"
                + " var min = arguments[1];"
                + " if (min !== null) { data.blueprint.forEach(function (r) { r.minItems = min; }); }"
                + " var draws = [1, 2, 3, 99, 4000000000].map(function (seed) {"
                + "   return CourseKitCodec.drawItems(data, seed); });"
                + " var again = CourseKitCodec.drawItems(data, 99);"
                + " var uncovered = data.blueprint.filter(function (row) {"
                + "   return draws.some(function (d) { return !d.some(function (i) {"
                + "     return data.items[i].objectives.indexOf(row.objective) >= 0; }); }); });"
                + " return JSON.stringify({sizes: draws.map(function (d) { return d.length; }),"
                + "  distinct: draws.map(function (d) { return new Set(d).size; }),"
                + "  stable: JSON.stringify(again) === JSON.stringify(draws[3]),"
                + "  differ: JSON.stringify(draws[0]) !== JSON.stringify(draws[1]),"
                + "  uncovered: uncovered.map(function (r) { return r.objective; })})",
            draw,
            minItems));
  }

  @Test
  void sessionTimesAreWrittenInEachVersionsFormat() {
    assertThat(script("return CourseKitCodec.scorm12Time(3723.456)")).isEqualTo("0001:02:03.46");
    assertThat(script("return CourseKitCodec.scorm12Time(0)")).isEqualTo("0000:00:00.00");
    assertThat(script("return CourseKitCodec.isoDuration(3723.456)")).isEqualTo("PT1H2M3.46S");
    assertThat(script("return CourseKitCodec.isoDuration(60)")).isEqualTo("PT1M");
    assertThat(script("return CourseKitCodec.isoDuration(0)")).isEqualTo("PT0S");
  }

  private static Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }
}
