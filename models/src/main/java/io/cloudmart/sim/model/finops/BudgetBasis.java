package io.cloudmart.sim.model.finops;

/**
 * What a budget threshold is compared with, after AWS Budgets' notification types ({@code notificationType}
 * {@code ACTUAL} / {@code FORECASTED}).
 */
public enum BudgetBasis {
    /** The spend so far in the period. Fires only once the money is spent; suits runs as long as the period. */
    ACTUAL,
    /**
     * The spend projected to the end of the period: spent + burn rate × time left. This is how a run shorter than
     * the period is compared with the budget. AWS forecasts from history; here the projection is linear.
     */
    FORECASTED
}
