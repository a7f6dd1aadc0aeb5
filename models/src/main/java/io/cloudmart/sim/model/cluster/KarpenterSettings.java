package io.cloudmart.sim.model.cluster;

/**
 * Karpenter's batching settings and its NodePool disruption fields.
 *
 * @param batchIdleDurationSeconds  {@code BATCH_IDLE_DURATION}: a batch of pending pods closes when no new one
 *                                  came for this long; default 1 s ([DEFAULT] karpenter.sh settings reference)
 * @param batchMaxDurationSeconds   {@code BATCH_MAX_DURATION}: a batch closes at the latest this long after it
 *                                  opened; default 10 s (same)
 * @param consolidationPolicy       {@code disruption.consolidationPolicy}; default {@code WhenEmptyOrUnderutilized}
 *                                  ([DEFAULT] {@code pkg/apis/v1/nodepool.go})
 * @param consolidateAfterSeconds   {@code disruption.consolidateAfter}: a node is considered only once no pod was
 *                                  bound to or removed from it for this long; default 0 s (same);
 *                                  {@code +∞} for {@code Never}
 * @param budgetNodes               {@code disruption.budgets[].nodes}: at most this many nodes of the pool disrupted
 *                                  at once, a count ({@code "3"}) or a percentage of the pool rounded up
 *                                  ({@code "10%"}); default {@code "10%"} (same)
 */
public record KarpenterSettings(double batchIdleDurationSeconds, double batchMaxDurationSeconds,
                                ConsolidationPolicy consolidationPolicy, double consolidateAfterSeconds, String budgetNodes) {
    public static final double DEFAULT_BATCH_IDLE_DURATION_SECONDS = 1.0;
    public static final double DEFAULT_BATCH_MAX_DURATION_SECONDS = 10.0;
    public static final ConsolidationPolicy DEFAULT_CONSOLIDATION_POLICY = ConsolidationPolicy.WHEN_EMPTY_OR_UNDERUTILIZED;
    public static final double DEFAULT_CONSOLIDATE_AFTER_SECONDS = 0.0;
    public static final String DEFAULT_BUDGET_NODES = "10%";

    public KarpenterSettings {
        if (!(batchIdleDurationSeconds > 0) || Double.isInfinite(batchIdleDurationSeconds)) {
            throw new IllegalArgumentException("batchIdleDuration must be finite and > 0 s, got " + batchIdleDurationSeconds);
        }
        if (!(batchMaxDurationSeconds >= batchIdleDurationSeconds) || Double.isInfinite(batchMaxDurationSeconds)) {
            throw new IllegalArgumentException("batchMaxDuration must be finite and >= batchIdleDuration, got "
                    + batchMaxDurationSeconds);
        }
        if (consolidationPolicy == null) {
            throw new IllegalArgumentException("consolidationPolicy must be WhenEmptyOrUnderutilized or WhenEmpty");
        }
        if (!(consolidateAfterSeconds >= 0)) {
            throw new IllegalArgumentException("consolidateAfter must be >= 0 s (or +infinity for Never), got "
                    + consolidateAfterSeconds);
        }
        allowedDisruptions(budgetNodes, 0);
    }

    /** Every setting at its default. */
    public static KarpenterSettings defaults() {
        return new KarpenterSettings(DEFAULT_BATCH_IDLE_DURATION_SECONDS, DEFAULT_BATCH_MAX_DURATION_SECONDS,
                DEFAULT_CONSOLIDATION_POLICY, DEFAULT_CONSOLIDATE_AFTER_SECONDS, DEFAULT_BUDGET_NODES);
    }

    public KarpenterSettings withConsolidationPolicy(ConsolidationPolicy value) {
        return new KarpenterSettings(batchIdleDurationSeconds, batchMaxDurationSeconds, value, consolidateAfterSeconds, budgetNodes);
    }

    public KarpenterSettings withConsolidateAfterSeconds(double value) {
        return new KarpenterSettings(batchIdleDurationSeconds, batchMaxDurationSeconds, consolidationPolicy, value, budgetNodes);
    }

    public KarpenterSettings withBudgetNodes(String value) {
        return new KarpenterSettings(batchIdleDurationSeconds, batchMaxDurationSeconds, consolidationPolicy,
                consolidateAfterSeconds, value);
    }

    /**
     * Nodes the budget lets be disrupted in a pool of {@code poolNodes}: the count, or the percentage of the
     * pool rounded up ({@code GetScaledValueFromIntOrPercent(..., roundUp=true)}, so 10 % of 3 nodes is 1).
     */
    public int allowedDisruptions(int poolNodes) {
        return allowedDisruptions(budgetNodes, poolNodes);
    }

    private static int allowedDisruptions(String nodes, int poolNodes) {
        if (nodes == null || !nodes.matches("\\d{1,9}%?")) {
            throw new IllegalArgumentException("budgets.nodes must be a count or a percentage like \"10%\", got '" + nodes + "'");
        }
        if (!nodes.endsWith("%")) {
            return Integer.parseInt(nodes);
        }
        int percent = Integer.parseInt(nodes.substring(0, nodes.length() - 1));
        if (percent > 100) {
            throw new IllegalArgumentException("budgets.nodes percentage must be <= 100%, got " + nodes);
        }
        return (int) ((percent * (long) poolNodes + 99) / 100);
    }
}
