package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Karpenter's scheduling simulation for a batch of pods (kubernetes-sigs/karpenter
 * {@code pkg/controllers/provisioning/scheduling/scheduler.go}, {@code queue.go}), on resources only.
 *
 * <p>The exact rule: pods are taken largest first — CPU request descending, then memory descending, then
 * the order given ({@code byCPUAndMemoryDescending}). Each pod goes
 * <ol>
 *   <li>to the first existing node (Ready or still launching, creation order) it fits;</li>
 *   <li>else to the first planned NodeClaim, claims ordered by how many pods they hold (fewest first; a tie
 *       keeps the order they were opened), that still has at least one offering able to hold all its pods
 *       plus this one (allocatable of the type minus the DaemonSet overhead, and {@code maxPods}); the claim's
 *       offerings narrow to those;</li>
 *   <li>else to a new NodeClaim whose offerings are all that can hold the pod alone;</li>
 *   <li>else it is unschedulable (no offering is big enough).</li>
 * </ol>
 * Each claim then launches its cheapest remaining offering (price, then type name, then capacity type).
 * This is greedy, as Karpenter is: three 1.5-CPU pods end up on one 8-vCPU node even where three small
 * nodes would cost less (Karpenter's opt-in NodeClaim optimization pass, which can split such claims, is
 * not modelled).
 */
final class KarpenterBinpacker {
    /** Cheapest first; ties by type name, then capacity type. */
    static final Comparator<Offering> CHEAPEST_FIRST = Comparator.comparingDouble(Offering::pricePerHour)
            .thenComparing(o -> o.type().name()).thenComparing(Offering::capacityType);

    /** A NodeClaim being planned: its pods and the offerings that can still hold them all. */
    static final class Claim {
        private final int order;
        private final List<SchedulablePod> pods = new ArrayList<>();
        private Resources requested;
        private List<Offering> offerings;

        Claim(int order, Resources overhead, List<Offering> offerings) {
            this.order = order;
            this.requested = overhead;
            this.offerings = offerings;
        }

        boolean tryAdd(SchedulablePod pod) {
            Resources request = Resources.ofPod(pod);
            List<Offering> remaining = offerings.stream()
                    .filter(o -> holds(o.type(), request, requested, pods.size()))
                    .toList();
            if (remaining.isEmpty()) {
                return false;
            }
            offerings = remaining;
            requested = requested.plus(request);
            pods.add(pod);
            return true;
        }

        List<SchedulablePod> pods() {
            return pods;
        }

        /** The offerings left, cheapest first. */
        List<Offering> offerings() {
            return offerings;
        }

        Offering cheapest() {
            return offerings.get(0);
        }
    }

    /** The outcome of one simulation. */
    record Result(List<SchedulablePod> onExisting, List<Claim> claims, List<SchedulablePod> unschedulable) {
    }

    private KarpenterBinpacker() {
    }

    /**
     * Packs {@code pods} onto {@code existing} (scratch copies, which it fills) and new claims.
     *
     * @param offerings the allowed offerings, cheapest first ({@link #CHEAPEST_FIRST})
     * @param overhead  DaemonSet requests on every new node
     */
    static Result pack(List<? extends SchedulablePod> pods, List<SimNode> existing, List<Offering> offerings, Resources overhead) {
        List<SchedulablePod> queue = new ArrayList<>(pods);
        queue.sort(Comparator.comparingLong((SchedulablePod p) -> Resources.ofPod(p).milliCpu())
                .thenComparingLong(p -> Resources.ofPod(p).memoryBytes()).reversed());
        List<SchedulablePod> onExisting = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<SchedulablePod> unschedulable = new ArrayList<>();
        for (SchedulablePod pod : queue) {
            if (SimNode.placeFirstFit(existing, pod) != null) {
                onExisting.add(pod);
            } else if (!addToPlannedClaim(claims, pod)) {
                Claim claim = new Claim(claims.size(), overhead, offerings);
                if (claim.tryAdd(pod)) {
                    claims.add(claim);
                } else {
                    unschedulable.add(pod);
                }
            }
        }
        claims.sort(Comparator.comparingInt(c -> c.order));
        return new Result(onExisting, claims, unschedulable);
    }

    private static boolean addToPlannedClaim(List<Claim> claims, SchedulablePod pod) {
        claims.sort(Comparator.comparingInt((Claim c) -> c.pods.size()).thenComparingInt(c -> c.order));
        for (Claim claim : claims) {
            if (claim.tryAdd(pod)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(InstanceType type, Resources request, Resources requested, int podCount) {
        Allocatable allocatable = Allocatable.eksAmi(type);
        return Fit.fits(request, allocatable.resources(), requested, podCount, allocatable.maxPods());
    }
}
