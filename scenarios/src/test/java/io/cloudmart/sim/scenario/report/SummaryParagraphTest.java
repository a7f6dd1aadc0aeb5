package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The summary's sentences from hand-written results.json figures, each worked out here. */
class SummaryParagraphTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** 1,000 answers at 50/s: p50 140 ms, p99 420 ms (3×); 23 rate-limited, 31 errors (20 503 UO, 6 504, 5 409). */
    private static final String BUSY = """
            {"requests": {"total": 1000, "rateLimited": 23, "errors": 25, "timeouts": 6, "throughputPerSecond": 50,
              "byOutcome": {"200": 946, "409": 5, "429": 23, "503": 0, "503_UO": 20, "504_UT": 6}},
             "latencyMs": {"mean": 180.5, "p50": 140, "p99": 420},
             "journeys": {
               "browse": {"requests": 800, "latencyMs": {"p99": 300}, "errorShare": 0.01},
               "checkout": {"requests": 200, "latencyMs": {"p99": 900}, "errorShare": 0.115}},
             "cost": {"priced": true, "total": 4.12, "idle": 1.5656, "currency": "USD"},
             "rollouts": {"order": {"outcome": "aborted", "atSeconds": 390, "why": "ANALYSIS_RUN: error rate 12%"},
                          "cart": {"outcome": "promoted", "atSeconds": 75}},
             "saga": {"checkout": {"compensated": 12, "compensationRate": 0.06, "stuck": 0},
                      "refund": {"compensated": 0, "compensationRate": 0, "stuck": 0}}}
            """;

    private static SummaryParagraph of(String json) throws Exception {
        return new SummaryParagraph(JSON.readTree(json));
    }

    @Test
    void aBusyRunSaysEachFigureOnce() throws Exception {
        assertThat(of(BUSY).sentences()).containsExactly(
                "The shop answered 50 requests a second after the warm-up, in 181 ms on average; p99 was 420 ms, 3× the"
                        + " median (140 ms).",
                "3.1% of requests (31) were answered with an error, most often 503 UO (20).",
                "2.3% of requests were rate-limited (429).",
                "The slowest journey was checkout (p99 900 ms), which also failed most often (12% of its requests).",
                "The bill was 4.12 USD, 38% of it idle.",
                "Release order was aborted at 6.5 min (ANALYSIS_RUN: error rate 12%).",
                "Release cart was promoted at 75 s.",
                "6.0% of checkout sagas were compensated (12).");
    }

    @Test
    void aQuietRunWithoutClusterSaysNoMoreThanApplies() throws Exception {
        String quiet = """
                {"requests": {"total": 500, "rateLimited": 0, "errors": 0, "timeouts": 0, "throughputPerSecond": 5,
                  "byOutcome": {"200": 500, "409": 0}},
                 "latencyMs": {"mean": 12.34, "p50": 10, "p99": 41},
                 "journeys": {"only": {"requests": 500, "latencyMs": {"p99": 41}, "errorShare": 0}},
                 "cost": {"priced": false, "total": 0}}
                """;
        assertThat(of(quiet).sentences()).containsExactly(
                "The shop answered 5 requests a second after the warm-up, in 12.3 ms on average; p99 was 41 ms, 4.1× the"
                        + " median (10 ms).",
                "No request was answered with an error.");
    }

    @Test
    void errorsOfOneKindAreAllOfThatKindAndTheFailingJourneyIsNamedApart() throws Exception {
        String oneKind = BUSY.replace("\"503_UO\": 20, \"504_UT\": 6", "\"503_UO\": 0, \"504_UT\": 0")
                .replace("\"409\": 5", "\"409\": 31").replace("\"timeouts\": 6", "\"timeouts\": 0")
                .replace("\"errors\": 25", "\"errors\": 31").replace("\"errorShare\": 0.115", "\"errorShare\": 0")
                .replace("\"errorShare\": 0.01", "\"errorShare\": 0.0388");
        JsonNode n = JSON.readTree(oneKind);
        SummaryParagraph summary = new SummaryParagraph(n);
        assertThat(summary.sentences()).contains("3.1% of requests (31) were answered with an error, all 409.",
                "The slowest journey was checkout (p99 900 ms); browse failed most often (3.9% of its requests).");
    }

    @Test
    void aRunThatStoppedEarlySaysSoFirst() throws Exception {
        String stopped = BUSY.replaceFirst("\\{", "{\"stoppedEarly\": {\"firstAtSeconds\": 95},");
        assertThat(of(stopped).sentences().get(0))
                .isEqualTo("The run stopped early, at 95 s, so its figures cover only the time before.");
    }

    @Test
    void sharesKeepSmallOnesVisible() {
        assertThat(SummaryParagraph.percent(0.38)).isEqualTo("38%");
        assertThat(SummaryParagraph.percent(0.023)).isEqualTo("2.3%");
        assertThat(SummaryParagraph.percent(0.00059)).isEqualTo("0.059%");
        assertThat(SummaryParagraph.count(1234)).isEqualTo("1,234");
        assertThat(SummaryParagraph.count(12.5)).isEqualTo("12.5");
        assertThat(SummaryParagraph.ms(419.96)).isEqualTo("420 ms");
        assertThat(SummaryParagraph.ms(1450)).isEqualTo("1.45 s");
    }
}
