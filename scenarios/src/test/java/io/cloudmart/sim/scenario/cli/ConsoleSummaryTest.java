package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The console's lines beside latency, from results.json figures written by hand. */
class ConsoleSummaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode results(String requests, String cost, String extra) throws Exception {
        return JSON.readTree("{\"requests\": " + requests + ", \"cost\": " + cost + extra + "}");
    }

    private static final String UNPRICED = "{\"priced\": false, \"total\": 0, \"currency\": \"USD\", \"nodeHours\": 0}";

    @Test
    void sharesOfAnswersNameTheLargestErrorOutcomes() throws Exception {
        // 1,000 answers: 900 ok, 60 errors (40 503_UO, 15 500, 5 409), 10 timeouts, 30 rate-limited
        JsonNode r = results("{\"total\": 1000, \"ok\": 900, \"errors\": 60, \"timeouts\": 10, \"rateLimited\": 30,"
                + " \"byOutcome\": {\"200\": 900, \"409\": 5, \"429\": 30, \"500\": 15, \"503_UO\": 40, \"503_UH\": 0,"
                + " \"504_UT\": 10}}", UNPRICED, "");
        assertThat(ConsoleSummary.lines(r)).containsExactly(
                "answers: 90% ok, 7% errors (503_UO 4%, 500 1.5%, 504_UT 1%), 3% rate-limited (429)",
                "warning: 10% of answers were not 200 OK: is the shop overloaded or failing? The report shows where");
    }

    @Test
    void aHealthyUnpricedRunHasOneLine() throws Exception {
        JsonNode r = results("{\"total\": 3222, \"ok\": 3222, \"errors\": 0, \"timeouts\": 0, \"rateLimited\": 0,"
                + " \"byOutcome\": {\"200\": 3222, \"500\": 0}}", UNPRICED, "");
        assertThat(ConsoleSummary.lines(r)).containsExactly("answers: 100% ok, 0% errors, 0% rate-limited (429)");
    }

    @Test
    void theWarningStartsAtFivePercentNotOk() throws Exception {
        String justBelow = "{\"total\": 10000, \"ok\": 9501, \"errors\": 0, \"timeouts\": 0, \"rateLimited\": 499}";
        String at = "{\"total\": 10000, \"ok\": 9500, \"errors\": 0, \"timeouts\": 0, \"rateLimited\": 500}";
        assertThat(ConsoleSummary.warning(results(justBelow, UNPRICED, ""))).isEmpty();
        assertThat(ConsoleSummary.warning(results(at, UNPRICED, ""))).startsWith("warning: 5% of answers were not 200");
    }

    @Test
    void aPricedRunShowsTheBillNodeHoursAndIdleShare() throws Exception {
        JsonNode r = results("{\"total\": 10, \"ok\": 10}",
                "{\"priced\": true, \"total\": 0.384, \"currency\": \"USD\", \"nodeHours\": 2, \"idle\": 0.1574}", "");
        assertThat(ConsoleSummary.lines(r)).contains("cost: 0.384 USD for 2 node-hours, 41% of it idle");
        JsonNode big = results("{\"total\": 10, \"ok\": 10}",
                "{\"priced\": true, \"total\": 1234.567, \"currency\": \"EUR\", \"nodeHours\": 0.13333, \"idle\": 0}", "");
        assertThat(ConsoleSummary.cost(big.get("cost"))).isEqualTo("cost: 1,234.57 EUR for 0.133 node-hours, 0% of it idle");
    }

    @Test
    void aStoppedRunWarnsThatItsFiguresCoverOnlyTheTimeBeforeTheStop() throws Exception {
        JsonNode r = results("{\"total\": 100, \"ok\": 100}", UNPRICED, ", \"stoppedEarly\": {\"firstAtSeconds\": 1563.2}");
        assertThat(ConsoleSummary.warning(r))
                .isEqualTo("warning: overloaded: the run stopped at 26 min 3 s, so the figures above cover only the time"
                        + " before the stop");
    }

    @Test
    void nothingAnsweredSaysSo() throws Exception {
        assertThat(ConsoleSummary.answers(JSON.readTree("{\"total\": 0, \"ok\": 0}"))).isEqualTo("answers: none after the warm-up");
    }

    @Test
    void percentagesNeverRoundANonZeroShareToZero() {
        assertThat(ConsoleSummary.percent(0)).isEqualTo("0%");
        assertThat(ConsoleSummary.percent(1)).isEqualTo("100%");
        assertThat(ConsoleSummary.percent(0.00004)).isEqualTo("<0.01%");
        assertThat(ConsoleSummary.percent(0.0009)).isEqualTo("0.09%");
        assertThat(ConsoleSummary.percent(0.1234)).isEqualTo("12.34%");
        assertThat(ConsoleSummary.percent(0.121)).isEqualTo("12.1%");
    }

    /** warmup: auto, precision met, and the warnings of results.json, each one line. */
    @Test
    void statisticsAndWarningsHaveALineEach() throws Exception {
        JsonNode r = results("{\"total\": 100, \"ok\": 100, \"errors\": 0, \"timeouts\": 0, \"rateLimited\": 0}",
                UNPRICED, ", \"warmup\": {\"chosen\": \"auto\", \"cutSeconds\": 70, \"judged\": true,"
                        + " \"atSearchEnd\": false, \"pilotReplications\": 10},"
                        + " \"precision\": {\"target\": 0.05, \"met\": true, \"replications\": 12},"
                        + " \"warnings\": [{\"kind\": \"unstable\", \"message\": \"the run looks unstable: …\"}]");
        assertThat(ConsoleSummary.lines(r)).containsExactly("answers: 100% ok, 0% errors, 0% rate-limited (429)",
                "warm-up: 70 s, chosen by MSER-5 (auto) on the per-second latency of 10 pilot replications",
                "replications: 12 to reach ±5% on every headline figure",
                "warning: the run looks unstable: …");
    }
}
