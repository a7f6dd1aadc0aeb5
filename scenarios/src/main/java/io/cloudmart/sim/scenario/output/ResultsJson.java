package io.cloudmart.sim.scenario.output;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * Builds results.json: the pinned fields of design.md and a few more. Every figure is the mean over
 * replications (and {@code replicationValues} each replication's headline figures, for paired comparisons); {@code …HalfWidth95} fields are 95% Student-t half-widths (null with one
 * replication). Latencies in ms, measured after warm-up. Nothing here depends on the wall clock
 * except {@code wallSeconds}, so the same scenario and seed give the same file.
 */
public final class ResultsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Below this, a whole double is written as an integer (exactly representable). */
    private static final double WHOLE_LIMIT = 1e15;
    private static final String OUTCOME_PREFIX = "client.outcome.";

    private ResultsJson() {
    }

    /**
     * @param overrides the {@code --set path=value} strings the scenario was loaded with, in order
     *                  (written as given, so two results of one scenario can be told apart)
     */
    /**
     * results.json's {@code replicationValues} alone, for a caller that judges them before the file is built
     * ({@code precision}, after every batch of replications): the same entries, without the rest of the file.
     */
    public static ArrayNode replicationValues(ExperimentResult result) {
        return ReplicationValues.json(new Figures(result));
    }

    public static ObjectNode build(ScenarioSpec spec, ExperimentResult result, List<String> overrides) {
        Figures f = new Figures(result);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", spec.name());
        root.put("seed", spec.seed());
        root.put("replications", result.replications().size());
        root.set("overrides", RunManifest.array(overrides));
        put(root, "simulatedSeconds", mean(result, ReplicationResult::simulatedSeconds));
        put(root, "warmupSeconds", spec.warmupSeconds());
        put(root, "measuredSeconds", mean(result, r -> r.metrics().measuredSeconds()));
        root.put("wallSeconds", result.wallSeconds());
        root.put("events", result.totalEvents());
        root.set("requests", requests(f));
        root.set("latencyMs", latency(f, "client.latency", true));
        root.set("journeys", JourneysJson.json(spec, f));
        ObjectNode services = root.putObject("services");
        spec.services().keySet().forEach(name -> services.set(name, ServiceFigures.json(f, name)));
        new BackendsJson(f).addTo(root);
        SecurityJson.json(spec, result).ifPresent(security -> root.set("security", security));
        if (AutoscalingJson.applies(spec)) {
            root.set("autoscaling", AutoscalingJson.json(spec, f));
        }
        VpaJson.json(f).ifPresent(vpa -> root.set("vpa", vpa));
        RolloutsJson.json(f).ifPresent(rollouts -> root.set("rollouts", rollouts));
        GitOpsJson.json(spec.gitops(), f).ifPresent(gitops -> root.set("gitops", gitops));
        VaultJson.json(f).ifPresent(vault -> root.set("vault", vault));
        root.set("cost", Cost.json(spec, f));
        BudgetJson.json(spec.capacity().finops(), f).ifPresent(budget -> root.set("budget", budget));
        ObjectNode cluster = Cost.cluster(f);
        if (cluster != null) {
            root.set("cluster", cluster);
        }
        EarlyStops stops = EarlyStops.of(result);
        if (stops.any()) {
            root.set("stoppedEarly", stoppedEarly(stops));
        }
        java.util.List<Instability.Growing> growing = Instability.of(result);
        if (!growing.isEmpty()) {
            root.set("warnings", warnings(growing));
        }
        root.set("replicationValues", ReplicationValues.json(f));
        return root;
    }

    /** The instability warning (docs/results.md, {@code warnings}). */
    private static com.fasterxml.jackson.databind.node.ArrayNode warnings(java.util.List<Instability.Growing> growing) {
        var warnings = MAPPER.createArrayNode();
        ObjectNode w = warnings.addObject();
        w.put("kind", "unstable");
        w.put("message", Instability.sentence(growing));
        var each = w.putArray("growing");
        for (Instability.Growing g : growing) {
            ObjectNode one = each.addObject();
            one.put("what", g.what());
            one.put("series", g.series());
            put(one, "riseOverLastThird", g.verdict().rise());
            put(one, "meanOverLastThird", g.verdict().level());
        }
        return warnings;
    }

    /** Which replications stopped before their end time, when and why (absent when none did). */
    private static ObjectNode stoppedEarly(EarlyStops stops) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("replications", stops.stopped().size());
        put(n, "firstAtSeconds", stops.first().timeSeconds());
        n.put("reason", stops.first().reason());
        n.put("beforeWarmupEnded", stops.beforeWarmupEnded());
        var each = n.putArray("stops");
        for (EarlyStops.Stopped stopped : stops.stopped()) {
            ObjectNode one = each.addObject();
            one.put("replication", stopped.replication());
            put(one, "atSeconds", stopped.stop().timeSeconds());
            one.put("source", stopped.stop().source());
        }
        return n;
    }

    private static double mean(ExperimentResult result, java.util.function.ToDoubleFunction<ReplicationResult> f) {
        return result.replications().stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static ObjectNode requests(Figures f) {
        ObjectNode n = MAPPER.createObjectNode();
        put(n, "total", f.count("client.requests").mean());
        put(n, "ok", f.count("client.ok").mean());
        put(n, "rateLimited", f.count("client.rateLimited").mean());
        put(n, "errors", f.count("client.errors").mean());
        put(n, "timeouts", f.count("client.timeouts").mean());
        put(n, "arrivals", f.count("client.arrivals").mean());
        ObjectNode byOutcome = n.putObject("byOutcome");
        for (String key : f.result().replications().get(0).metrics().counters().keySet()) {
            if (key.startsWith(OUTCOME_PREFIX)) {
                put(byOutcome, key.substring(OUTCOME_PREFIX.length()), f.count(key).mean());
            }
        }
        Estimate throughput = f.perSecond("client.requests");
        put(n, "throughputPerSecond", throughput.mean());
        put(n, "throughputHalfWidth95", throughput.halfWidth95());
        return n;
    }

    /** Latency block of tally {@code key}, in ms; {@code full} adds p90, max and the half-widths. */
    static ObjectNode latency(Figures f, String key, boolean full) {
        ObjectNode n = MAPPER.createObjectNode();
        Estimate mean = f.latencyMs(key, TallySummary::mean);
        put(n, "mean", mean.mean());
        put(n, "p50", f.latencyMs(key, TallySummary::p50).mean());
        if (full) {
            put(n, "p90", f.latencyMs(key, TallySummary::p90).mean());
        }
        Estimate p95 = f.latencyMs(key, TallySummary::p95);
        Estimate p99 = f.latencyMs(key, TallySummary::p99);
        put(n, "p95", p95.mean());
        put(n, "p99", p99.mean());
        if (full) {
            put(n, "max", f.latencyMs(key, TallySummary::max).mean());
        }
        put(n, "meanHalfWidth95", mean.halfWidth95());
        if (full) {
            put(n, "p95HalfWidth95", p95.halfWidth95());
            put(n, "p99HalfWidth95", p99.halfWidth95());
        }
        return n;
    }

    /** Writes a number (a whole one without a fraction), or null when it is NaN (JSON has no NaN). */
    static void put(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else if (value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }

    public static String toJson(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise results", e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
