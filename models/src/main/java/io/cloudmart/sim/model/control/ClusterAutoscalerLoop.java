package io.cloudmart.sim.model.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.model.cluster.ClusterAutoscaler;
import io.cloudmart.sim.model.cluster.Node;
import io.cloudmart.sim.model.cluster.NodePoolSpec;
import io.cloudmart.sim.model.cluster.NodeRemoval;
import io.cloudmart.sim.model.cluster.ScaleUp;
import io.cloudmart.sim.model.cluster.ScanDecision;

/**
 * The Kubernetes Cluster Autoscaler's main loop: every {@code scan-interval} it looks at the pods waiting for a
 * node and the nodes' utilization ({@link ClusterAutoscaler}, the pure decision) and applies what it decided to the
 * {@link ClusterRuntime}: a node group grows, an unneeded node is drained and removed, a node that never came up
 * is given up. Each change goes to the journal with the figures it was decided on.
 */
final class ClusterAutoscalerLoop implements ControlLoop {
    static final String NAME = NodeProvisioner.CLUSTER_AUTOSCALER.controller();

    private final ClusterAutoscaler autoscaler;
    private final ClusterRuntime runtime;
    private final List<NodePoolSpec> pools;
    private final ControlJournal journal;

    ClusterAutoscalerLoop(ClusterAutoscaler autoscaler, ClusterRuntime runtime, List<NodePoolSpec> pools) {
        this.autoscaler = autoscaler;
        this.runtime = runtime;
        this.pools = List.copyOf(pools);
        this.journal = runtime.simulation().journal();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double periodSeconds() {
        return autoscaler.settings().scanIntervalSeconds();
    }

    @Override
    public void reconcile() {
        double now = runtime.simulation().now();
        ScanDecision decision = autoscaler.scan(now, runtime.pendingPods(), runtime.cluster().nodes(), pools);
        decision.scaleUp().ifPresent(this::scaleUp);
        for (NodeRemoval removal : decision.removals()) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("node", removal.node().name());
            in.put("pool", removal.node().poolName());
            in.put("empty", removal.empty());
            in.put("utilization", removal.utilization());
            in.put("unneededSince", removal.since());
            in.put("podsEvicted", removal.podsToEvict().size());
            journal.record(NAME, "scaleDown", in);
            runtime.remove(removal.node());
        }
        for (Node node : decision.provisioningTimedOut()) {
            journal.record(NAME, "gaveUp", ControlJournal.inputs("node", node.name(), "pool", node.poolName()));
            runtime.remove(node);
        }
    }

    private void scaleUp(ScaleUp scaleUp) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("pool", scaleUp.pool().name());
        in.put("nodes", scaleUp.count());
        in.put("pendingPods", scaleUp.pods().size());
        in.put("expander", scaleUp.expander().flagValue());
        in.put("reason", scaleUp.reason());
        journal.record(NAME, "scaleUp", in);
        runtime.launched(runtime.cluster().launch(scaleUp, runtime.simulation().now()));
    }
}
