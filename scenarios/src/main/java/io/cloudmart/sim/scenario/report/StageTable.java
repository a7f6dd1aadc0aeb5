package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.stats.Buckets;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.stats.TimeSeries;
import io.cloudmart.sim.model.service.ServiceMetrics;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.StageSpec;

/**
 * One row per load stage: offered rate, utilization and mean latency measured over the buckets that
 * lie wholly inside the stage, next to queueing theory where the scenario has a formula.
 */
final class StageTable {
    private final ScenarioSpec spec;
    private final ExperimentResult result;
    private final Optional<StationTheory> theory;

    StageTable(ScenarioSpec spec, ExperimentResult result) {
        this.spec = spec;
        this.result = result;
        this.theory = StationTheory.of(spec);
    }

    Table build() {
        String service = spec.services().keySet().iterator().next();
        List<String> headers = new ArrayList<>(List.of("stage", "from", "offered (req/s)", service + " utilization",
                "mean latency (ms)"));
        theory.ifPresent(t -> headers.add("theory, " + t.model() + " (ms)"));
        List<List<String>> rows = new ArrayList<>();
        double start = 0;
        List<StageSpec> stages = spec.load().stages();
        for (int i = 0; i < stages.size() && start < spec.durationSeconds(); i++) {
            StageSpec stage = stages.get(i);
            double end = i == stages.size() - 1 ? spec.durationSeconds()
                    : Math.min(spec.durationSeconds(), start + stage.durationSeconds());
            rows.add(row(i + 1, start, end, stage.ratePerSecond() * spec.load().scale()));
            start = end;
        }
        return new Table("Per load stage", headers, rows,
                "Measured over each stage's time buckets (a bucket straddling two stages counts in each by its overlap),"
                        + " warm-up included; each stage starts from the queue the previous one left, so the first"
                        + " minutes of a stage lag behind the theory.");
    }

    private List<String> row(int index, double start, double end, double rate) {
        String service = spec.services().keySet().iterator().next();
        Estimate utilization = result.estimate(m -> levelOver(m, ServiceMetrics.key(service, "utilization"), start, end));
        Estimate latency = result.estimate(m -> latencyOver(m, "client.latency", start, end));
        List<String> row = new ArrayList<>(List.of(Integer.toString(index), Format.duration(start),
                Format.number(rate, 2), Format.percent(utilization), Format.estimate(scale(latency, 1000), 1)));
        theory.ifPresent(t -> row.add(t.meanLatency(rate).map(w -> Format.number(w * 1000, 1)).orElse("overloaded")));
        return row;
    }

    private static Estimate scale(Estimate e, double factor) {
        return new Estimate(e.mean() * factor, e.halfWidth95() * factor, e.n());
    }

    /** Time-average of a level series over the buckets inside [start, end). */
    private static double levelOver(MetricsSnapshot m, String key, double start, double end) {
        TimeSeries s = m.series().get(key);
        double[] values = s.column("mean");
        double area = 0;
        double time = 0;
        for (int b = 0; b < values.length; b++) {
            double overlap = overlap(s.buckets(), b, start, end);
            if (overlap > 0) {
                area += values[b] * overlap;
                time += overlap;
            }
        }
        return time == 0 ? Double.NaN : area / time;
    }

    /** Mean of a latency series over the buckets inside [start, end), weighted by observations. */
    private static double latencyOver(MetricsSnapshot m, String key, double start, double end) {
        TimeSeries s = m.series().get(key);
        double[] means = s.column("mean");
        double[] counts = s.column("count");
        double sum = 0;
        double n = 0;
        for (int b = 0; b < means.length; b++) {
            double share = overlap(s.buckets(), b, start, end) / s.buckets().length(b);
            if (share > 0 && counts[b] > 0) {
                sum += means[b] * counts[b] * share;
                n += counts[b] * share;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Seconds bucket {@code b} shares with [start, end). */
    private static double overlap(Buckets buckets, int b, double start, double end) {
        return Math.max(0.0, Math.min(buckets.end(b), end) - Math.max(buckets.start(b), start));
    }
}
