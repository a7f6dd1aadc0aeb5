package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.stats.TimeSeries;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.load.ClientMetrics;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.catalog.Catalog;
import io.cloudmart.sim.scenario.load.ScenarioLoader;
import io.cloudmart.sim.scenario.output.MetricNames;
import io.cloudmart.sim.scenario.output.ResultsJson;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The answers parts of the report against the figures of one known run: the cloudmart shop for 2 min with a 10 s
 * warm-up (one replication, so every figure is that replication's, and the warm-up ends on a bucket boundary, so
 * the buckets after it hold exactly the measured answers).
 */
class AnswersPartsTest {
    private static final double EPS = 1e-9;

    private static ScenarioSpec spec;
    private static ExperimentResult result;
    private static JsonNode results;
    private static Report report;

    @BeforeAll
    static void run() throws Exception {
        String yaml = new Catalog().text("cloudmart").orElseThrow();
        spec = new ScenarioLoader().load("cloudmart.yaml", yaml, null, List.of("duration=2m", "warmup=10s"));
        result = new ReplicationRunner(1).run(ShopAssembler.settings(spec), 1, ShopAssembler.shop(spec));
        results = ResultsJson.build(spec, result, List.of());
        report = new ReportComposer(spec, result).compose();
    }

    @Test
    void journeysAddUpToTheShopWeightedByTheirRequests() {
        double requests = 0;
        double latencySum = 0;
        double errors = 0;
        double limited = 0;
        Iterator<Map.Entry<String, JsonNode>> journeys = results.path("journeys").fields();
        List<String> names = new ArrayList<>();
        while (journeys.hasNext()) {
            Map.Entry<String, JsonNode> j = journeys.next();
            names.add(j.getKey());
            double n = j.getValue().path("requests").asDouble();
            requests += n;
            latencySum += n * j.getValue().at("/latencyMs/mean").asDouble();
            errors += n * j.getValue().path("errorShare").asDouble();
            limited += n * j.getValue().path("rateLimitedShare").asDouble();
        }
        assertThat(names).containsExactlyElementsOf(spec.load().journeys().keySet());
        assertThat(requests).isEqualTo(results.at("/requests/total").asDouble());
        assertThat(latencySum / requests).isCloseTo(results.at("/latencyMs/mean").asDouble(), within(EPS));
        assertThat(errors).isCloseTo(results.at("/requests/errors").asDouble()
                + results.at("/requests/timeouts").asDouble(), within(1e-6));
        assertThat(limited).isCloseTo(results.at("/requests/rateLimited").asDouble(), within(1e-6));
        // the errors are the declined payments of the checkout saga: 409s of the checkout journey alone
        assertThat(results.at("/requests/errors").asDouble()).isPositive();
        assertThat(results.at("/journeys/checkout/errorShare").asDouble()).isPositive();
        assertThat(results.at("/journeys/browse/errorShare").asDouble()).isZero();
    }

    @Test
    void answersOverTimeAfterTheWarmUpSumToTheCountsOfResultsJson() {
        for (Outcome outcome : Outcome.values()) {
            String label = outcome.status() + (outcome.flag().isEmpty() ? "" : "_" + outcome.flag());
            assertThat(measured(ClientMetrics.outcomeKey(outcome))).as(label)
                    .isCloseTo(results.at("/requests/byOutcome/" + label).asDouble(), within(1e-6));
        }
        assertThat(results.at("/requests/byOutcome/200").asDouble()).isPositive();
        assertThat(results.at("/requests/byOutcome/409").asDouble()).isPositive();
    }

    @Test
    void theAnswersChartDrawsTheStatusesTheRunProducedAndTheErrorsChartTheErrors() {
        Section answers = section("Over time");
        Chart byStatus = chart(answers, "Answers per second, by status and Envoy flag");
        assertThat(byStatus.lines()).extracting(Line::name).containsExactly("200", "409");
        assertThat(byStatus.lines()).extracting(Line::colour)
                .containsExactly(StatusCodeChart.colour(Outcome.OK), StatusCodeChart.colour(Outcome.CONFLICT));
        Chart errors = chart(answers, "Errors per second");
        assertThat(errors.lines()).extracting(Line::name).containsExactly("409");
        assertThat(sameValues(errors.lines().get(0), byStatus.lines().get(1))).isTrue();
    }

    @Test
    void everyOutcomeHasAColourOfItsOwn() {
        assertThat(java.util.Arrays.stream(Outcome.values()).map(StatusCodeChart::colour).distinct().count())
                .isEqualTo(Outcome.values().length);
    }

    @Test
    void datastoreRatesAfterTheWarmUpSumToTheirCounts() {
        MetricNames names = new MetricNames(result.replications().get(0).metrics());
        for (String store : names.names("ds", "operations")) {
            assertThat(measured("ds." + store + ".operations")).as(store)
                    .isCloseTo(results.at("/datastores/" + store + "/operations").asDouble(), within(1e-6));
        }
        double hits = measured("cache.redis.hits");
        double misses = measured("cache.redis.misses");
        assertThat(hits + misses).isCloseTo(results.at("/datastores/redis/reads").asDouble(), within(1e-6));
        assertThat(hits / (hits + misses)).isCloseTo(results.at("/datastores/redis/hitRatio").asDouble(), within(EPS));
        assertThat(measured("kafka.orders.published"))
                .isCloseTo(results.at("/datastores/orders/published").asDouble(), within(1e-6));
        assertThat(lines(chart(section("Datastores"), "Database queries per second"))).containsExactly("mongodb",
                "postgres");
        assertThat(lines(chart(section("Datastores"), "Cache hits and misses per second")))
                .containsExactly("redis hits", "redis misses");
        assertThat(lines(chart(section("Kafka and read models"), "Kafka records per second")))
                .containsExactly("orders produced", "orders/inventory-view consumed", "orders/notification consumed");
    }

    @Test
    void aServiceKeepsItsColourInEveryChartWithALinePerService() {
        List<String> services = List.copyOf(spec.services().keySet());
        int charts = 0;
        for (Section section : report.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Chart chart && chart.lines().stream().anyMatch(l -> services.contains(l.name()))) {
                    charts++;
                    for (Line line : chart.lines()) {
                        if (services.contains(line.name())) {
                            assertThat(line.colour()).as(chart.title() + ": " + line.name())
                                    .isEqualTo(services.indexOf(line.name()));
                        }
                    }
                }
            }
        }
        // utilization, queue, service latency, retries by destination (payment's are retried) and the bill
        assertThat(charts).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theSummarySaysWhatResultsJsonSays() {
        String text = ((io.cloudmart.sim.report.Paragraph) section("Summary").blocks().get(0)).text();
        assertThat(text).contains("p99 was " + SummaryParagraph.ms(results.at("/latencyMs/p99").asDouble()))
                .contains("The bill was " + SummaryParagraph.digits(results.at("/cost/total").asDouble(), 3) + " USD")
                .contains("all 409")
                .contains("of checkout sagas were compensated")
                .doesNotContain("rate-limited");
    }

    /** Answers of counter {@code key} in the buckets after the warm-up: rate × bucket width, summed. */
    private static double measured(String key) {
        TimeSeries series = result.meanSeries(key);
        double[] rate = series.column("perSecond");
        double sum = 0;
        for (int i = 0; i < rate.length; i++) {
            if (series.buckets().start(i) >= spec.warmupSeconds()) {
                sum += rate[i] * (series.buckets().end(i) - series.buckets().start(i));
            }
        }
        return sum;
    }

    private static boolean sameValues(Line a, Line b) {
        return java.util.Arrays.equals(a.y(), b.y());
    }

    private static Section section(String heading) {
        return report.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static Chart chart(Section section, String title) {
        return section.blocks().stream().filter(b -> b instanceof Chart c && c.title().equals(title))
                .map(Chart.class::cast).findFirst().orElseThrow(() -> new AssertionError("no chart " + title));
    }

    private static List<String> lines(Chart chart) {
        return chart.lines().stream().map(Line::name).toList();
    }
}
