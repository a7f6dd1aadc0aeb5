package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.model.load.JourneyMetrics;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.output.Figures;
import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * What each journey's clients saw after warm-up, one row per journey of the load in file order: the endpoint it
 * enters by, its requests, its end-to-end latency (mean, p95, p99) and its shares of errors and 429s. The figures of
 * results.json's {@code journeys}; a checkout that is slow or failing shows here when the shop's mean hides it.
 */
final class JourneyTable {
    private JourneyTable() {
    }

    static Table of(ScenarioSpec spec, Figures f) {
        List<List<String>> rows = new ArrayList<>();
        spec.load().journeys().forEach((name, journey) -> rows.add(row(name, journey, f)));
        return new Table("Per journey, after warm-up", List.of("journey", "enters at", "requests", "mean ms", "p95 ms",
                "p99 ms", "errors", "429"), rows,
                "Latency end to end, as in the summary. errors: answers 409, 404, 500, 503 and 504 among the journey's;"
                        + " 429: refused by a rate limit.");
    }

    private static List<String> row(String name, JourneySpec journey, Figures f) {
        String latency = JourneyMetrics.key(name, "latency");
        return List.of(name, journey.call(),
                Format.estimate(f.of(m -> m.tally(latency).count()), 0),
                Format.estimate(f.latencyMs(latency, TallySummary::mean), 1),
                Format.estimate(f.latencyMs(latency, TallySummary::p95), 1),
                Format.estimate(f.latencyMs(latency, TallySummary::p99), 1),
                Format.percent(f.of(m -> JourneyMetrics.share(m, name, "errors"))),
                Format.percent(f.of(m -> JourneyMetrics.share(m, name, "rateLimited"))));
    }
}
