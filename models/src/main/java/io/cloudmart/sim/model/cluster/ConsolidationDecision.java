package io.cloudmart.sim.model.cluster;

import java.util.List;
import java.util.Optional;

/**
 * What one call of {@link KarpenterProvisioner#consolidate} decided: nothing, delete nodes, or replace one
 * node by a cheaper one. For a replacement Karpenter launches the new node first and drains the old one
 * once the new one is Ready; the integrator does the same.
 *
 * @param action      what to do
 * @param reason      Karpenter's disruption reason: {@code "Empty"} or {@code "Underutilized"} (blank for none)
 * @param nodes       the nodes to delete (or the one to replace)
 * @param replacement the node to launch instead, for {@link Action#REPLACE}
 * @param explanation one line for logs
 */
public record ConsolidationDecision(Action action, String reason, List<Node> nodes, Optional<NodeLaunch> replacement,
                                    String explanation) {
    /** The consolidation action. */
    public enum Action {
        NONE,
        DELETE,
        REPLACE
    }

    public ConsolidationDecision {
        nodes = List.copyOf(nodes);
    }

    static ConsolidationDecision none(String explanation) {
        return new ConsolidationDecision(Action.NONE, "", List.of(), Optional.empty(), explanation);
    }
}
