package io.cloudmart.sim.scenario.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures {@code compare} pairs, each read from an entry of results.json's {@code replicationValues}
 * (docs/results.md). Shares are shown in percent; money in the bill's currency.
 */
enum HeadlineFigure {
    LATENCY_MEAN("latency mean", "/latencyMs/mean", "ms", 1),
    LATENCY_P50("p50", "/latencyMs/p50", "ms", 1),
    LATENCY_P95("p95", "/latencyMs/p95", "ms", 1),
    LATENCY_P99("p99", "/latencyMs/p99", "ms", 1),
    THROUGHPUT("throughput", "/throughputPerSecond", "req/s", 1),
    ERROR_SHARE("error share", "/errorShare", "%", 100),
    RATE_LIMITED_SHARE("429 share", "/rateLimitedShare", "%", 100),
    COST_TOTAL("cost", "/cost/total", "", 1),
    COST_PER_1000("cost per 1,000 requests", "/cost/per1000Requests", "", 1);

    private final String words;
    private final String pointer;
    private final String unit;
    private final double scale;

    HeadlineFigure(String words, String pointer, String unit, double scale) {
        this.words = words;
        this.pointer = pointer;
        this.unit = unit;
        this.scale = scale;
    }

    /** As a sentence names it: "p99", "error share". */
    String words() {
        return words;
    }

    /** Its path in a replicationValues entry, dotted as docs/results.md writes it: {@code latencyMs.p99}. */
    String field() {
        return pointer.substring(1).replace('/', '.');
    }

    /** "ms", "%", "req/s", or "" for money (the currency is the run's). */
    String unit() {
        return unit;
    }

    /** Each replication's value in display units (NaN where the entry has none: no cluster, nothing answered). */
    double[] values(JsonNode replicationValues) {
        double[] values = new double[replicationValues.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = replicationValues.get(i).at(pointer);
            values[i] = v.isNumber() ? v.asDouble() * scale : Double.NaN;
        }
        return values;
    }
}
