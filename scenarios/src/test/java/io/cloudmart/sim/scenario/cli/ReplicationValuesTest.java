package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * results.json's {@code replicationValues}: the priced cloudmart shop, shortened, run with three replications and
 * with one. Each per-replication figure is checked against the mean (and half-width) the file already reports.
 */
class ReplicationValuesTest {
    /** Student t quantile 0.975 with 2 degrees of freedom (any t table). */
    private static final double T_975_2 = 4.302652730;

    private static JsonNode three;
    private static JsonNode one;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        three = run(dir.resolve("three"), "3");
        one = run(dir.resolve("one"), "1");
    }

    private static JsonNode run(Path out, String replications) throws IOException {
        Cli cli = Cli.run("run", "cloudmart", "--quiet", "--out", out.toString(), "--replications", replications,
                "--set", "duration=2m", "--set", "warmup=30s");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return new ObjectMapper().readTree(out.resolve("results.json").toFile());
    }

    @Test
    void oneEntryPerReplicationInOrder() {
        assertThat(three.get("replicationValues")).hasSize(3);
        assertThat(three.get("replicationValues")).extracting(v -> v.get("replication").asInt()).containsExactly(0, 1, 2);
        // the replications drew different numbers, so the values are three, not one copied
        assertThat(values(three, "/latencyMs/p99")).doesNotHaveDuplicates();
        assertThat(values(three, "/requests")).doesNotHaveDuplicates();
    }

    @Test
    void theValuesAverageToTheReportedMeans() {
        for (String figure : new String[] {"mean", "p50", "p95", "p99"}) {
            double reported = three.at("/latencyMs/" + figure).asDouble();
            assertThat(mean(values(three, "/latencyMs/" + figure))).as(figure).isCloseTo(reported, within(1e-9 * reported));
        }
        assertThat(mean(values(three, "/requests"))).isCloseTo(three.at("/requests/total").asDouble(), within(1e-9));
        double throughput = three.at("/requests/throughputPerSecond").asDouble();
        assertThat(mean(values(three, "/throughputPerSecond"))).isCloseTo(throughput, within(1e-9 * throughput));
        // each amount is rounded to a millionth, and so is the mean of the unrounded bills
        assertThat(mean(values(three, "/cost/total"))).isCloseTo(three.at("/cost/total").asDouble(), within(1e-6));
    }

    /** The reported half-width is Student t's over these very values: the same numbers, not a second draw. */
    @Test
    void theValuesGiveTheReportedHalfWidths() {
        for (String figure : new String[] {"mean", "p95", "p99"}) {
            List<Double> v = values(three, "/latencyMs/" + figure);
            double m = mean(v);
            double variance = v.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (v.size() - 1);
            double halfWidth = T_975_2 * Math.sqrt(variance / v.size());
            double reported = three.at("/latencyMs/" + figure + "HalfWidth95").asDouble();
            assertThat(reported).as(figure).isGreaterThan(0);
            assertThat(halfWidth).as(figure).isCloseTo(reported, within(1e-6 * reported));
        }
    }

    /** Shares times requests give back the counts the file reports (as means over replications). */
    @Test
    void theSharesAreOfEachReplicationsOwnAnswers() {
        JsonNode requests = three.get("requests");
        double errors = 0;
        double rateLimited = 0;
        for (JsonNode v : three.get("replicationValues")) {
            errors += v.get("errorShare").asDouble() * v.get("requests").asDouble();
            rateLimited += v.get("rateLimitedShare").asDouble() * v.get("requests").asDouble();
        }
        assertThat(errors / 3).isCloseTo(requests.get("errors").asDouble() + requests.get("timeouts").asDouble(),
                within(1e-6));
        assertThat(rateLimited / 3).isCloseTo(requests.get("rateLimited").asDouble(), within(1e-6));
    }

    @Test
    void withOneReplicationTheValueIsTheFigure() {
        assertThat(one.get("replicationValues")).hasSize(1);
        JsonNode v = one.get("replicationValues").get(0);
        assertThat(v.get("replication").asInt()).isZero();
        for (String figure : new String[] {"mean", "p50", "p95", "p99"}) {
            assertThat(v.at("/latencyMs/" + figure)).as(figure).isEqualTo(one.at("/latencyMs/" + figure));
        }
        JsonNode requests = one.get("requests");
        assertThat(v.get("requests")).isEqualTo(requests.get("total"));
        assertThat(v.get("throughputPerSecond")).isEqualTo(requests.get("throughputPerSecond"));
        double total = requests.get("total").asDouble();
        assertThat(total).isGreaterThan(0);
        assertThat(v.get("errorShare").asDouble())
                .isEqualTo((requests.get("errors").asDouble() + requests.get("timeouts").asDouble()) / total);
        assertThat(v.get("rateLimitedShare").asDouble()).isEqualTo(requests.get("rateLimited").asDouble() / total);
        assertThat(v.at("/cost/total")).isEqualTo(one.at("/cost/total"));
        assertThat(v.at("/cost/per1000Requests")).isEqualTo(one.at("/cost/per1000Requests"));
        assertThat(v.at("/cost/total").asDouble()).isGreaterThan(0);
    }

    private static List<Double> values(JsonNode results, String pointer) {
        List<Double> values = new ArrayList<>();
        for (JsonNode v : results.get("replicationValues")) {
            JsonNode value = v.at(pointer);
            assertThat(value.isNumber()).as(pointer + " is a number").isTrue();
            values.add(value.asDouble());
        }
        return values;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
