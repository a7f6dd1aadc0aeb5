package io.cloudmart.sim.scenario.output;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutReport;
import io.cloudmart.sim.model.rollout.RolloutSummary;

/**
 * One replication's figures of the sections a scenario has (gateway, mesh, sagas, rollouts), for its
 * {@code replicationValues} entry: each summed over the section's components (all meshed services, all sagas, all
 * rollouts), so a figure means the same whatever the components are called and two scenarios can be paired on it.
 * A section is written only when the run has it, so compare shows a figure only when both runs have it.
 */
final class SectionValues {
    private final MetricsSnapshot m;
    private final MetricNames names;

    SectionValues(MetricsSnapshot metrics) {
        this.m = metrics;
        this.names = new MetricNames(metrics);
    }

    void addTo(ObjectNode one) {
        if (names.has("gateway.requests")) {
            gateway(one.putObject("gateway"));
        }
        Set<String> meshed = names.names("mesh", "retries");
        if (!meshed.isEmpty()) {
            mesh(one.putObject("mesh"), meshed);
        }
        Set<String> sagas = names.names("saga", "started");
        if (!sagas.isEmpty()) {
            saga(one.putObject("saga"), sagas);
        }
    }

    /** The gateway's own answers: 500s from its counter store, and the time it adds (its latency tally). */
    private void gateway(ObjectNode n) {
        ResultsJson.put(n, "errorShare", share(m.counter("gateway.errors"), m.counter("gateway.requests")));
        ResultsJson.put(n, "latencyP95Ms", m.tally("gateway.latency").p95() * 1000.0);
    }

    /** Retries per answered request, and the counts of timeouts, circuit-breaker overflows (503 UO) and ejections. */
    private void mesh(ObjectNode n, Set<String> services) {
        long retries = sum(services, "retries");
        ResultsJson.put(n, "retriesPerRequest", share(retries, m.counter("client.requests")));
        ResultsJson.put(n, "timeouts", sum(services, "timeouts"));
        ResultsJson.put(n, "overflows", sum(services, "overflows"));
        ResultsJson.put(n, "ejections", sum(services, "outlier.ejections"));
    }

    /** Sagas started, the share of them compensated, the stuck ones, and the mean start → consistent time. */
    private void saga(ObjectNode n, Set<String> sagas) {
        long started = 0;
        long compensated = 0;
        long stuck = 0;
        long consistent = 0;
        double consistencySeconds = 0;
        for (String saga : sagas) {
            String p = "saga." + saga + ".";
            started += m.counter(p + "started");
            compensated += m.counter(p + "compensated");
            stuck += m.counter(p + "stuck");
            TallySummary time = names.has(p + "timeToConsistency") ? m.tally(p + "timeToConsistency")
                    : TallySummary.EMPTY;
            if (time.count() > 0) {
                // the mean over all sagas' observations: each saga's mean weighted by its count
                consistent += time.count();
                consistencySeconds += time.mean() * time.count();
            }
        }
        ResultsJson.put(n, "started", started);
        ResultsJson.put(n, "compensatedShare", share(compensated, started));
        ResultsJson.put(n, "stuck", stuck);
        ResultsJson.put(n, "meanTimeToConsistencyMs",
                consistent == 0 ? Double.NaN : 1000.0 * consistencySeconds / consistent);
    }

    /**
     * How this replication's rollouts ended: the share promoted and aborted (0 or 1 for one rollout), the mean
     * time from the update's start to the decision over the decided ones, and the users' requests and errors the
     * new versions answered before their decision (exposure).
     */
    static ObjectNode rollouts(RolloutReport report) {
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        List<RolloutSummary> all = report.rollouts();
        long promoted = all.stream().filter(r -> r.outcome() == RolloutOutcome.PROMOTED).count();
        long aborted = all.stream().filter(r -> r.outcome() == RolloutOutcome.ABORTED).count();
        ResultsJson.put(n, "promotedShare", share(promoted, all.size()));
        ResultsJson.put(n, "abortedShare", share(aborted, all.size()));
        ResultsJson.put(n, "secondsToDecision", all.stream()
                .filter(r -> r.outcome() == RolloutOutcome.PROMOTED || r.outcome() == RolloutOutcome.ABORTED)
                .mapToDouble(r -> r.atSeconds() - r.startedAtSeconds()).average().orElse(Double.NaN));
        ResultsJson.put(n, "exposedRequests", all.stream().mapToLong(r -> r.release().exposedRequests()).sum());
        ResultsJson.put(n, "exposedErrors", all.stream().mapToLong(r -> r.release().exposedErrors()).sum());
        return n;
    }

    private long sum(Set<String> services, String metric) {
        // a service without outlier detection has no ejections counter
        return services.stream().map(s -> "mesh." + s + "." + metric).filter(names::has).mapToLong(m::counter).sum();
    }

    /** {@code part / total}, NaN (written null) when the total is 0. */
    private static double share(long part, long total) {
        return total == 0 ? Double.NaN : (double) part / total;
    }
}
