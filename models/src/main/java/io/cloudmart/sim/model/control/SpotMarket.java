package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.cluster.CapacityType;
import io.cloudmart.sim.model.cluster.Node;
import io.cloudmart.sim.model.cluster.NodeState;

/**
 * The spot market taking instances back. Interruptions at given times take the oldest spot node that runs then;
 * a rate per node-hour is checked once a period: each running spot node is interrupted in the period with
 * probability {@code 1 − exp(−rate × period)} (a Poisson process per node, exact at the period's grain). Each
 * interruption comes with the notice: the node is drained at once and its instance stops when the notice ends.
 */
final class SpotMarket implements ControlLoop {
    /** The journal name of the spot market's decisions. */
    static final String NAME = JournalNames.SPOT;
    /** How often the rate is applied: the grain of interruption times, a small fraction of the notice. */
    static final double PERIOD_SECONDS = 10;

    private final SpotInterruptions spot;
    private final ClusterRuntime runtime;
    private final RandomStream stream;
    private final ControlJournal journal;

    SpotMarket(SpotInterruptions spot, ClusterRuntime runtime) {
        this.spot = spot;
        this.runtime = runtime;
        this.stream = runtime.simulation().stream("cluster.spot");
        this.journal = runtime.simulation().journal();
        for (double at : spot.at()) {
            runtime.simulation().at(at, "spot interruption", this::interruptOldest);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double periodSeconds() {
        return PERIOD_SECONDS;
    }

    @Override
    public void reconcile() {
        if (spot.perNodeHour() <= 0) {
            return;
        }
        double p = -Math.expm1(-spot.perNodeHour() * PERIOD_SECONDS / 3600);
        for (Node node : running()) {
            if (stream.nextDouble() < p) {
                interrupt(node, "rate");
            }
        }
    }

    private void interruptOldest() {
        List<Node> nodes = running();
        if (nodes.isEmpty()) {
            journal.record(NAME, "noSpotNode", Map.of());
            return;
        }
        interrupt(nodes.get(0), "scheduled");
    }

    private void interrupt(Node node, String cause) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("node", node.name());
        in.put("pool", node.poolName());
        in.put("pods", node.pods().size());
        in.put("noticeSeconds", spot.noticeSeconds());
        in.put("cause", cause);
        journal.record(NAME, "interruption", in);
        runtime.interrupt(node, spot.noticeSeconds());
    }

    /** Spot nodes whose instances run and are not already going, oldest first. */
    private List<Node> running() {
        List<Node> nodes = new ArrayList<>();
        for (Node node : runtime.cluster().nodes()) {
            if (node.capacityType() == CapacityType.SPOT && node.state() != NodeState.DELETING
                    && node.state() != NodeState.PROVISIONING) {
                nodes.add(node);
            }
        }
        return nodes;
    }
}
