package io.cloudmart.sim.scenario.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures {@code compare} pairs, each read from an entry of results.json's {@code replicationValues}
 * (docs/results.md): the client's figures, the bill, and those of the sections a scenario has (gateway, mesh, sagas,
 * rollouts), which a comparison shows only when both runs have them. Shares are shown in percent; money in the bill's
 * currency.
 */
enum HeadlineFigure {
    LATENCY_MEAN("latency mean", "/latencyMs/mean", "ms", 1, 1),
    LATENCY_P50("p50", "/latencyMs/p50", "ms", 1, 1),
    LATENCY_P95("p95", "/latencyMs/p95", "ms", 1, 1),
    LATENCY_P99("p99", "/latencyMs/p99", "ms", 1, 1),
    THROUGHPUT("throughput", "/throughputPerSecond", "req/s", 1, 2),
    ERROR_SHARE("error share", "/errorShare", "%", 100, 2),
    RATE_LIMITED_SHARE("429 share", "/rateLimitedShare", "%", 100, 2),
    COST_TOTAL("cost", "/cost/total", "", 1, 4),
    COST_PER_1000("cost per 1,000 requests", "/cost/per1000Requests", "", 1, 4),
    GATEWAY_ERROR_SHARE("gateway 500 share", "/gateway/errorShare", "%", 100, 2),
    GATEWAY_P95("gateway p95", "/gateway/latencyP95Ms", "ms", 1, 2),
    MESH_RETRIES("mesh retries", "/mesh/retriesPerRequest", "per request", 1, 3),
    MESH_TIMEOUTS("mesh timeouts", "/mesh/timeouts", "per replication", 1, 1),
    MESH_OVERFLOWS("circuit-breaker overflows (503 UO)", "/mesh/overflows", "per replication", 1, 1),
    MESH_EJECTIONS("outlier ejections", "/mesh/ejections", "per replication", 1, 2),
    SAGAS_STARTED("sagas started", "/saga/started", "per replication", 1, 1),
    SAGA_COMPENSATED_SHARE("saga compensated share", "/saga/compensatedShare", "%", 100, 2),
    SAGAS_STUCK("sagas stuck", "/saga/stuck", "per replication", 1, 1),
    SAGA_TIME_TO_CONSISTENCY("saga mean time to consistency", "/saga/meanTimeToConsistencyMs", "ms", 1, 1),
    ROLLOUTS_PROMOTED("rollouts promoted", "/rollouts/promotedShare", "%", 100, 1),
    ROLLOUTS_ABORTED("rollouts aborted", "/rollouts/abortedShare", "%", 100, 1),
    ROLLOUT_DECISION_TIME("time to promote or abort", "/rollouts/secondsToDecision", "s", 1, 1),
    ROLLOUT_EXPOSED("requests exposed to the new version", "/rollouts/exposedRequests", "per replication", 1, 1),
    ROLLOUT_EXPOSED_ERRORS("errors exposed to users", "/rollouts/exposedErrors", "per replication", 1, 1);

    private final String words;
    private final String pointer;
    private final String unit;
    private final double scale;
    private final int decimals;

    /**
     * @param unit     "ms", "%", "req/s", "s", "per request", "per replication" for a count, or "" for money
     * @param scale    from the replicationValues field to display units (100 for a share shown in percent)
     * @param decimals digits after the point in tables and sentences: enough to tell replications apart
     *                 (money to 0.0001, since a short run's bill is cents)
     */
    HeadlineFigure(String words, String pointer, String unit, double scale, int decimals) {
        this.words = words;
        this.pointer = pointer;
        this.unit = unit;
        this.scale = scale;
        this.decimals = decimals;
    }

    /** As a sentence names it: "p99", "error share". */
    String words() {
        return words;
    }

    /** Its path in a replicationValues entry, dotted as docs/results.md writes it: {@code latencyMs.p99}. */
    String field() {
        return pointer.substring(1).replace('/', '.');
    }

    /** "ms", "%", "req/s", "s", "per request", "per replication" (a count), or "" for money (the run's currency). */
    String unit() {
        return unit;
    }

    int decimals() {
        return decimals;
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
