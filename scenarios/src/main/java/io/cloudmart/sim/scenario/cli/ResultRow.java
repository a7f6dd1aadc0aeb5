package io.cloudmart.sim.scenario.cli;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures `compare` and `sweep` put side by side, read from a run's results.json: the ones a
 * learner trades against each other (throughput, latency percentiles, errors, the busiest service, cost).
 */
record ResultRow(String label, JsonNode results) {
    static final List<String> HEADERS = List.of("run", "req/s", "mean ms", "p95 ms", "p99 ms", "non-200 %",
            "busiest service", "cost");

    List<String> cells() {
        JsonNode requests = results.path("requests");
        JsonNode latency = results.path("latencyMs");
        double total = requests.path("total").asDouble();
        double ok = requests.path("ok").asDouble();
        return List.of(label + stopped(), number(requests.path("throughputPerSecond"), 2), number(latency.path("mean"), 1),
                number(latency.path("p95"), 1), number(latency.path("p99"), 1),
                total > 0 ? String.format(Locale.US, "%.2f", 100 * (total - ok) / total) : "–", busiest(),
                String.format(Locale.US, "%s %s", number(results.path("cost").path("total"), 2),
                        results.path("cost").path("currency").asText("")));
    }

    /** Mean p95 latency, ms (NaN when nothing was answered), for charts. */
    double p95() {
        JsonNode p95 = results.path("latencyMs").path("p95");
        return p95.isNumber() ? p95.asDouble() : Double.NaN;
    }

    double mean() {
        JsonNode mean = results.path("latencyMs").path("mean");
        return mean.isNumber() ? mean.asDouble() : Double.NaN;
    }

    double p99() {
        JsonNode p99 = results.path("latencyMs").path("p99");
        return p99.isNumber() ? p99.asDouble() : Double.NaN;
    }

    /** " (stopped at 26 min 3 s)" for a run that stopped early: its figures cover only the time before. */
    private String stopped() {
        JsonNode at = results.path("stoppedEarly").path("firstAtSeconds");
        return at.isNumber() ? " (stopped at " + io.cloudmart.sim.scenario.output.EarlyStops.clock(at.asDouble()) + ")" : "";
    }

    private String busiest() {
        String name = "–";
        double max = -1;
        var fields = results.path("services").fields();
        while (fields.hasNext()) {
            var service = fields.next();
            double utilization = service.getValue().path("utilization").asDouble(-1);
            if (utilization > max) {
                max = utilization;
                name = service.getKey();
            }
        }
        return max < 0 ? name : String.format(Locale.US, "%s %.0f%%", name, 100 * max);
    }

    private static String number(JsonNode node, int decimals) {
        return node.isNumber() ? String.format(Locale.US, "%,." + decimals + "f", node.asDouble()) : "–";
    }
}
