package io.cloudmart.sim.model.cluster;

/**
 * How an instance is bought: Karpenter's {@code karpenter.sh/capacity-type} values
 * ({@code on-demand}, {@code spot}, {@code reserved}).
 */
public enum CapacityType {
    ON_DEMAND,
    SPOT,
    RESERVED
}
