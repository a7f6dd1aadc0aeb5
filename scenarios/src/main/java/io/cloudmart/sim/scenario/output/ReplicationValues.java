package io.cloudmart.sim.scenario.output;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.rollout.RolloutReport;

/**
 * The {@code replicationValues} array of results.json: each replication's headline figures, in replication order,
 * beside the means the rest of the file gives. Replication {@code i} of two runs draws from the same streams
 * (they derive from seed, replication index and name), so a comparison pairs entries by {@code replication} and
 * takes the interval of the differences rather than of two independent means.
 */
final class ReplicationValues {
    private ReplicationValues() {
    }

    static ArrayNode json(Figures f) {
        ArrayNode all = ResultsJson.mapper().createArrayNode();
        List<ReplicationResult> replications = f.result().replications();
        // the bill is attached by every replication of a cluster scenario, or by none
        Optional<List<CostSummary>> bills = f.attachments(CostSummary.class);
        Optional<List<RolloutReport>> rollouts = f.attachments(RolloutReport.class);
        for (int i = 0; i < replications.size(); i++) {
            ReplicationResult r = replications.get(i);
            ObjectNode one = all.addObject();
            one.put("replication", r.replication());
            figures(r, one);
            if (bills.isPresent()) {
                one.set("cost", cost(r, bills.get().get(i)));
            }
            new SectionValues(r.metrics()).addTo(one);
            if (rollouts.isPresent()) {
                one.set("rollouts", SectionValues.rollouts(rollouts.get().get(i)));
            }
        }
        return all;
    }

    private static void figures(ReplicationResult r, ObjectNode one) {
        MetricsSnapshot m = r.metrics();
        ObjectNode latency = one.putObject("latencyMs");
        TallySummary client = m.tally("client.latency");
        ResultsJson.put(latency, "mean", client.mean() * 1000.0);
        ResultsJson.put(latency, "p50", client.p50() * 1000.0);
        ResultsJson.put(latency, "p95", client.p95() * 1000.0);
        ResultsJson.put(latency, "p99", client.p99() * 1000.0);
        long total = m.counter("client.requests");
        ResultsJson.put(one, "requests", total);
        ResultsJson.put(one, "throughputPerSecond", total / m.measuredSeconds());
        // errors as the console counts them (409, 500, 503 and the 504 timeouts); 429 on its own
        ResultsJson.put(one, "errorShare", share(m.counter("client.errors") + m.counter("client.timeouts"), total));
        ResultsJson.put(one, "rateLimitedShare", share(m.counter("client.rateLimited"), total));
    }

    /** This replication's bill and its measured share over its own requests, as {@code cost.per1000Requests}. */
    private static ObjectNode cost(ReplicationResult r, CostSummary bill) {
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        Money.put(n, "total", bill.total());
        long requests = r.metrics().counter("client.requests");
        if (requests > 0) {
            // requests are counted after warm-up, the bill over the whole run: price the measured share of the bill
            double measuredShare = r.metrics().measuredSeconds() / r.simulatedSeconds();
            Money.put(n, "per1000Requests", 1000 * (bill.total() * measuredShare) / requests);
        } else {
            n.putNull("per1000Requests");
        }
        return n;
    }

    /** {@code part / total}, NaN (written null) when nothing was answered. */
    private static double share(long part, long total) {
        return total == 0 ? Double.NaN : (double) part / total;
    }
}
