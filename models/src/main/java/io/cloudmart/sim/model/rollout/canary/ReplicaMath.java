package io.cloudmart.sim.model.rollout.canary;

/** Replica counts from traffic weights, as {@code utils/replicaset/canary.go} computes them. */
public final class ReplicaMath {
    private ReplicaMath() {
    }

    /**
     * {@code trafficWeightToReplicas}: {@code ceil(weight × replicas / maxWeight)}, rounding up when not evenly
     * divisible, so any weight above 0 gets at least one pod.
     */
    public static int trafficWeightToReplicas(int replicas, int weight, int maxWeight) {
        return (int) Math.ceil((double) weight * replicas / maxWeight);
    }

    /**
     * Pods of a ReplicaSet needed before a weight may be sent to it ({@code checkReplicasAvailable} in
     * {@code rollout/trafficrouting.go}: integer division, i.e. floor).
     */
    public static int replicasNeededForWeight(int replicas, int weight, int maxWeight) {
        return weight * replicas / maxWeight;
    }
}
