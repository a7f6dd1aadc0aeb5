package io.cloudmart.sim.model.cluster;

/**
 * Karpenter's NodePool {@code spec.disruption.consolidationPolicy}: which nodes consolidation may remove
 * or replace ([DEFAULT] {@code WhenEmptyOrUnderutilized}, kubernetes-sigs/karpenter {@code pkg/apis/v1/nodepool.go}).
 */
public enum ConsolidationPolicy {
    /** Empty nodes, and nodes whose pods fit elsewhere or on one cheaper node. */
    WHEN_EMPTY_OR_UNDERUTILIZED,
    /** Empty nodes only. */
    WHEN_EMPTY
}
