package io.cloudmart.sim.model.cluster;

import java.util.List;
import java.util.Optional;

/**
 * What one Cluster Autoscaler scan decided. At most one of {@code scaleUp} and {@code removals} is
 * non-empty: a scan that scales up does no scale-down.
 *
 * @param now                  the scan time, seconds
 * @param scaleUp              the group to grow, if any
 * @param unneeded             every node unneeded after this scan (not updated in a scan that scaled up)
 * @param newlyUnneeded        those of {@code unneeded} that became unneeded in this scan
 * @param removals             the nodes to remove now (empty nodes first, then at most one to drain)
 * @param provisioningTimedOut nodes still not Ready {@code maxNodeProvisionTime} after launch: give them up
 * @param scaleDownInCooldown  true if removals were held back by {@code scale-down-delay-after-add/-delete}
 *                             or by a scale-up in this scan
 * @param notes                why pods did not trigger a scale-up, in words, for logs
 */
public record ScanDecision(double now, Optional<ScaleUp> scaleUp, List<UnneededNode> unneeded, List<UnneededNode> newlyUnneeded,
                           List<NodeRemoval> removals, List<Node> provisioningTimedOut, boolean scaleDownInCooldown,
                           List<String> notes) {
    public ScanDecision {
        unneeded = List.copyOf(unneeded);
        newlyUnneeded = List.copyOf(newlyUnneeded);
        removals = List.copyOf(removals);
        provisioningTimedOut = List.copyOf(provisioningTimedOut);
        notes = List.copyOf(notes);
    }

    /** True if this scan neither adds nor removes nodes. */
    public boolean isNoOp() {
        return scaleUp.isEmpty() && removals.isEmpty() && provisioningTimedOut.isEmpty();
    }
}
