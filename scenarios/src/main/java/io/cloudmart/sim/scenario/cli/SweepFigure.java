package io.cloudmart.sim.scenario.cli;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.core.run.Estimate;

/**
 * The headline figures a sweep reports per point, each with the column stem it has in sweep.csv (docs/results.md).
 * Values are read through {@link HeadlineFigure} from results.json's {@code replicationValues}, in its display
 * units (shares in percent), which the stems name.
 */
enum SweepFigure {
    LATENCY_MEAN(HeadlineFigure.LATENCY_MEAN, "latencyMs.mean"),
    LATENCY_P95(HeadlineFigure.LATENCY_P95, "latencyMs.p95"),
    LATENCY_P99(HeadlineFigure.LATENCY_P99, "latencyMs.p99"),
    ERROR_SHARE(HeadlineFigure.ERROR_SHARE, "errorSharePercent"),
    RATE_LIMITED_SHARE(HeadlineFigure.RATE_LIMITED_SHARE, "rateLimitedSharePercent"),
    THROUGHPUT(HeadlineFigure.THROUGHPUT, "throughputPerSecond"),
    COST_TOTAL(HeadlineFigure.COST_TOTAL, "cost.total"),
    COST_PER_1000(HeadlineFigure.COST_PER_1000, "cost.per1000Requests");

    private final HeadlineFigure figure;
    private final String column;

    SweepFigure(HeadlineFigure figure, String column) {
        this.figure = figure;
        this.column = column;
    }

    /** The stem of its two sweep.csv columns ({@code <stem>.mean}, {@code <stem>.halfWidth95}). */
    String column() {
        return column;
    }

    /** As a sentence names it: "p99". */
    String words() {
        return figure.words();
    }

    /** True for amounts of money (present only when the scenario has a cluster). */
    boolean money() {
        return figure.unit().isEmpty();
    }

    /** Axis text with its unit: "p99 (ms)", "cost per 1,000 requests (USD)". */
    String axisLabel(String currency) {
        String unit = money() ? currency : figure.unit();
        return figure.words() + (unit == null || unit.isEmpty() ? "" : " (" + unit + ")");
    }

    /** Its mean over a point's replications with the Student-t 95% half-width (NaN with one replication). */
    Estimate estimate(JsonNode replicationValues) {
        return Estimate.of(figure.values(replicationValues));
    }
}
