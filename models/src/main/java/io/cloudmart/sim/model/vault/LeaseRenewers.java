package io.cloudmart.sim.model.vault;

import java.util.HashMap;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.PodWatcher;

/** The agent sidecars of the pods that hold a lease; a pod's sidecar goes with the pod. */
final class LeaseRenewers implements PodWatcher {
    private final Map<Pod, LeaseRenewer> byPod = new HashMap<>();
    private final VaultConfig config;
    private final VaultServer server;
    private final VaultTally tally;
    private final Simulation simulation;
    private final RandomStream agentStream;

    LeaseRenewers(VaultConfig config, VaultServer server, VaultTally tally, Simulation simulation,
                  RandomStream agentStream) {
        this.config = config;
        this.server = server;
        this.tally = tally;
        this.simulation = simulation;
        this.agentStream = agentStream;
    }

    /** {@code pod} fetched its {@code secrets}: its sidecar starts keeping the lease, which begins now. */
    void leaseObtained(Pod pod, int secrets) {
        LeaseRenewer renewer = new LeaseRenewer(pod, secrets, config, server, tally, simulation, agentStream);
        byPod.put(pod, renewer);
        renewer.obtained();
    }

    @Override
    public void changed(Pod pod, PodState previous) {
        if (pod.state() == PodState.GONE) {
            LeaseRenewer renewer = byPod.remove(pod);
            if (renewer != null) {
                renewer.stop();
            }
        }
    }
}
