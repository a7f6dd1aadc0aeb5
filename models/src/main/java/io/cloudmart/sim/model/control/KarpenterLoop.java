package io.cloudmart.sim.model.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.model.cluster.ConsolidationDecision;
import io.cloudmart.sim.model.cluster.KarpenterProvisioner;
import io.cloudmart.sim.model.cluster.Node;
import io.cloudmart.sim.model.cluster.NodeLaunch;
import io.cloudmart.sim.model.cluster.ProvisioningDecision;

/**
 * Karpenter's provisioner and disruption controller over one NodePool. Every second it polls the batcher (pods
 * waiting for a node open a batch that closes after {@code batchIdleDuration} without new pods, at most
 * {@code batchMaxDuration} after it opened) and launches the cheapest offerings that fit the batch; every
 * {@value #DISRUPTION_PERIOD_SECONDS} s it looks for consolidation: it deletes empty or underutilized nodes, or
 * replaces one by a cheaper one, launching the replacement first and draining the old node once the new one is
 * Ready. The NodePool's node limit caps launches.
 */
final class KarpenterLoop implements ControlLoop {
    static final String NAME = NodeProvisioner.KARPENTER.controller();
    /** [BEHAVIOR] the provisioner's batcher is polled continuously; one second is its idle-duration default. */
    static final double POLL_SECONDS = 1;
    /** [BEHAVIOR] karpenter pkg/controllers/disruption controller.go: pollingPeriod = 10 s. */
    static final double DISRUPTION_PERIOD_SECONDS = 10;

    private final KarpenterProvisioner provisioner;
    private final KarpenterPool pool;
    private final ClusterRuntime runtime;
    private final ControlJournal journal;
    private final Map<Node, Node> replacing = new LinkedHashMap<>();
    private double nextDisruption = DISRUPTION_PERIOD_SECONDS;

    KarpenterLoop(KarpenterPool pool, ClusterRuntime runtime) {
        this.pool = pool;
        this.provisioner = new KarpenterProvisioner(pool.name(), pool.offerings(), pool.overheadCpu(),
                pool.overheadMemoryMiB(), pool.settings());
        this.runtime = runtime;
        this.journal = runtime.simulation().journal();
        runtime.onNodeReady(node -> {
            Node old = replacing.remove(node);
            if (old != null) {
                runtime.remove(old);
            }
        });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double periodSeconds() {
        return POLL_SECONDS;
    }

    @Override
    public void reconcile() {
        double now = runtime.simulation().now();
        List<Node> nodes = runtime.cluster().nodes();
        ProvisioningDecision decision = provisioner.provision(now, runtime.pendingPods(), nodes);
        for (NodeLaunch launch : decision.launches()) {
            if (launch(launch, "provision", launch.pods().size(), null) == null) {
                break;
            }
        }
        if (now + 1e-9 >= nextDisruption) {
            nextDisruption += DISRUPTION_PERIOD_SECONDS;
            if (replacing.isEmpty()) {
                consolidate(now);
            }
        }
    }

    /**
     * Launches {@code launch} unless the NodePool is at its limit; returns the node, or null. {@code replaces}: the
     * node a consolidation replaces (drained once the new one is Ready), or null.
     */
    private Node launch(NodeLaunch launch, String why, int pods, Node replaces) {
        if (runtime.cluster().nodesOf(pool.name()).size() >= pool.maxNodes()) {
            journal.record(NAME, "limitReached", ControlJournal.inputs("nodePool", pool.name(), "maxNodes", pool.maxNodes()));
            return null;
        }
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("nodePool", pool.name());
        in.put("instanceType", launch.offering().type().name());
        in.put("capacityType", launch.offering().capacityType().name());
        in.put("pricePerHour", launch.offering().pricePerHour());
        in.put("pods", pods);
        in.put("fittingOfferings", launch.fittingOfferings());
        if (replaces != null) {
            in.put("replaces", replaces.name());
            in.put("replacesInstanceType", replaces.type().name());
            in.put("replacesPricePerHour", replaces.pricePerHour());
        }
        journal.record(NAME, why, in);
        Node node = runtime.cluster().launch(launch, runtime.simulation().now());
        runtime.launched(List.of(node));
        return node;
    }

    private void consolidate(double now) {
        ConsolidationDecision decision = provisioner.consolidate(now, runtime.cluster().nodes(), runtime.pendingPods());
        switch (decision.action()) {
            case NONE -> {
            }
            case DELETE -> {
                for (Node node : decision.nodes()) {
                    journal.record(NAME, "consolidateDelete", ControlJournal.inputs("node", node.name(), "reason", decision.reason(),
                            "explanation", decision.explanation()));
                    runtime.remove(node);
                }
            }
            case REPLACE -> {
                NodeLaunch launch = decision.replacement().orElseThrow();
                Node old = decision.nodes().get(0);
                Node replacement = launch(launch, "consolidateReplace", old.pods().size(), old);
                if (replacement != null) {
                    replacing.put(replacement, old);
                }
            }
        }
    }
}
