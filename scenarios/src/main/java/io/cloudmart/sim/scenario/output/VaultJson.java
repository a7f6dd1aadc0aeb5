package io.cloudmart.sim.scenario.output;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.model.vault.VaultReport;

/**
 * The {@code vault} block of results.json: what Vault did in replication 0 (requests and failures, the pods its
 * init container held back and for how long, renewals, expired leases) and, over all replications, the mean and
 * the largest of the longest init wait. One run's figures, as a scale-up blocked by an outage is one run's story.
 */
final class VaultJson {
    private VaultJson() {
    }

    /** The block, or empty when the scenario has no Vault. */
    static Optional<ObjectNode> json(Figures f) {
        Optional<List<VaultReport>> told = f.attachments(VaultReport.class);
        if (told.isEmpty()) {
            return Optional.empty();
        }
        List<VaultReport> reports = told.get();
        VaultReport r = reports.get(0);
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        n.put("requests", r.requests());
        n.put("failures", r.failures());
        n.put("podsInitialized", r.podsInitialized());
        n.put("podsDelayed", r.podsDelayed());
        n.put("podsWaitingAtEnd", r.podsWaitingAtEnd());
        ResultsJson.put(n, "initWaitSecondsTotal", r.initWaitSecondsTotal());
        ResultsJson.put(n, "initWaitSecondsMax", r.initWaitSecondsMax());
        ResultsJson.put(n, "initWaitSecondsMean", r.podsInitialized() == 0 ? Double.NaN
                : r.initWaitSecondsTotal() / r.podsInitialized());
        n.put("renewals", r.renewals());
        n.put("renewalFailures", r.renewalFailures());
        n.put("leasesExpired", r.leasesExpired());
        ResultsJson.put(n, "expiredPodSeconds", r.expiredPodSeconds());
        ObjectNode all = n.putObject("initWaitSecondsMaxOverReplications");
        ResultsJson.put(all, "mean", reports.stream().mapToDouble(VaultReport::initWaitSecondsMax).average().orElse(0));
        ResultsJson.put(all, "max", reports.stream().mapToDouble(VaultReport::initWaitSecondsMax).max().orElse(0));
        return Optional.of(n);
    }
}
