package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Karpenter's consolidation for one NodePool (kubernetes-sigs/karpenter {@code pkg/controllers/disruption}:
 * {@code emptiness.go}, {@code singlenodeconsolidation.go}, budgets in {@code pkg/apis/v1/nodepool.go}).
 *
 * <p>Candidates: Ready nodes of the pool on which no pod was bound or removed for {@code consolidateAfter}.
 * Budget: {@link KarpenterSettings#allowedDisruptions(int)} of the pool's nodes, minus those already being
 * deleted. In order:
 * <ol>
 *   <li>Empty: delete the empty candidates, oldest first, as many as the budget allows;</li>
 *   <li>Underutilized (policy {@code WhenEmptyOrUnderutilized} only): candidates with the fewest pods first
 *       (a stand-in for Karpenter's disruption cost), the first whose pods can all be rescheduled by the
 *       {@link KarpenterBinpacker} on the other nodes — after the pending pods took what they fit — is
 *       deleted if no new node is needed, or replaced if exactly one is and its cheapest fitting offering is
 *       strictly cheaper than the node; spot nodes are only deleted, not replaced (Karpenter's
 *       spot-to-spot consolidation is behind a feature gate, off by default).</li>
 * </ol>
 * Not modelled: multi-node consolidation, drift and expiry, the 15 s validation wait before acting, pod
 * disruption budgets and do-not-disrupt annotations.
 */
final class KarpenterConsolidator {
    private final String nodePoolName;
    private final List<Offering> offerings;
    private final Resources overhead;
    private final KarpenterSettings settings;

    KarpenterConsolidator(String nodePoolName, List<Offering> offerings, Resources overhead, KarpenterSettings settings) {
        this.nodePoolName = nodePoolName;
        this.offerings = offerings;
        this.overhead = overhead;
        this.settings = settings;
    }

    ConsolidationDecision consolidate(double now, List<Node> nodes, List<? extends SchedulablePod> pendingPods) {
        List<Node> poolNodes = nodes.stream().filter(n -> n.poolName().equals(nodePoolName)).toList();
        long disrupting = poolNodes.stream().filter(n -> n.state() == NodeState.DELETING).count();
        int allowed = (int) Math.max(0, settings.allowedDisruptions(poolNodes.size()) - disrupting);
        List<Node> candidates = poolNodes.stream()
                .filter(n -> n.acceptsPods() && now - n.lastPodEventAt() >= settings.consolidateAfterSeconds())
                .toList();
        if (candidates.isEmpty()) {
            return ConsolidationDecision.none("no node of " + nodePoolName + " is consolidatable");
        }
        if (allowed == 0) {
            return ConsolidationDecision.none("disruption budget " + settings.budgetNodes() + " of " + poolNodes.size()
                    + " node(s) used up");
        }
        List<Node> empty = candidates.stream().filter(Node::isEmpty).limit(allowed).toList();
        if (!empty.isEmpty()) {
            return new ConsolidationDecision(ConsolidationDecision.Action.DELETE, "Empty", empty, Optional.empty(),
                    "delete " + empty.size() + " empty node(s) (budget " + allowed + ")");
        }
        if (settings.consolidationPolicy() == ConsolidationPolicy.WHEN_EMPTY) {
            return ConsolidationDecision.none("policy WhenEmpty and no empty node");
        }
        List<Node> underutilized = new ArrayList<>(candidates);
        underutilized.sort(Comparator.comparingInt(n -> n.pods().size()));
        for (Node candidate : underutilized) {
            Optional<ConsolidationDecision> decision = tryCandidate(candidate, nodes, pendingPods);
            if (decision.isPresent()) {
                return decision.get();
            }
        }
        return ConsolidationDecision.none("no node's pods fit elsewhere or on one cheaper node");
    }

    /**
     * Karpenter does not disrupt a node whose pods would land on a node still starting: "Not all pods would schedule,
     * … would schedule against uninitialized nodeclaim/…" ({@code UninitializedNodeError},
     * pkg/controllers/disruption/helpers.go {@code SimulateScheduling}), since a node not yet up is no basis for a
     * decision. Pending pods may still be counted onto starting nodes, as its provisioner does.
     */
    private static boolean wouldMoveOntoUninitialized(Node candidate, List<SimNode> others) {
        for (SimNode other : others) {
            if (other.node() != null && other.node().state() == NodeState.PROVISIONING
                    && candidate.pods().stream().anyMatch(other::holds)) {
                return true;
            }
        }
        return false;
    }

    private Optional<ConsolidationDecision> tryCandidate(Node candidate, List<Node> nodes, List<? extends SchedulablePod> pending) {
        List<SimNode> others = nodes.stream()
                .filter(n -> n != candidate && (n.acceptsPods() || n.state() == NodeState.PROVISIONING))
                .map(SimNode::of)
                .toList();
        for (SchedulablePod pod : pending) {
            SimNode.placeFirstFit(others, pod);
        }
        KarpenterBinpacker.Result result = KarpenterBinpacker.pack(candidate.pods(), others, offerings, overhead);
        if (!result.unschedulable().isEmpty() || result.claims().size() > 1) {
            return Optional.empty();
        }
        if (wouldMoveOntoUninitialized(candidate, others)) {
            return Optional.empty();
        }
        if (result.claims().isEmpty()) {
            return Optional.of(new ConsolidationDecision(ConsolidationDecision.Action.DELETE, "Underutilized", List.of(candidate),
                    Optional.empty(), "delete " + candidate.name() + ": its " + candidate.pods().size()
                    + " pod(s) fit on other nodes"));
        }
        if (candidate.capacityType() == CapacityType.SPOT) {
            return Optional.empty();
        }
        KarpenterBinpacker.Claim claim = result.claims().get(0);
        Optional<Offering> cheaper = claim.offerings().stream()
                .filter(o -> o.pricePerHour() < candidate.pricePerHour())
                .findFirst();
        return cheaper.map(offering -> new ConsolidationDecision(ConsolidationDecision.Action.REPLACE, "Underutilized",
                List.of(candidate), Optional.of(new NodeLaunch(nodePoolName, offering, claim.pods(), overhead.cores(),
                overhead.memoryMiB(), claim.offerings().size())),
                String.format(Locale.US, "replace %s (%s, $%.4f/h) by %s ($%.4f/h)", candidate.name(),
                        candidate.type().name(), candidate.pricePerHour(), offering.type().name(), offering.pricePerHour())));
    }
}
