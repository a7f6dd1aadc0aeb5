package io.cloudmart.sim.model.control;

import java.util.Currency;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.model.finops.AllocationReport;
import io.cloudmart.sim.model.finops.Budget;
import io.cloudmart.sim.model.finops.BudgetAlert;

/**
 * The bill of a whole run (warm-up included: the provider bills every second the nodes run), attached to the
 * replication's result.
 *
 * @param currency           the currency of every amount
 * @param allocation         OpenCost's allocation: per container, service and team, and idle, from 0 to the end
 * @param billedNodeHours    node-hours billed (each node's 60 s minimum included), all nodes
 * @param billedHoursByPool  the same per pool, in pool order
 * @param curve              cumulative cost per service and idle, about once a minute, for charts
 * @param budget             the budget, or null
 * @param alerts             budget alerts in time order
 * @param projectedPeriodSpend the budget period's projected spend at the end of the run (NaN without a budget)
 * @param projectedExceedAt  when the budget would be exceeded at the end's burn rate, seconds (NaN if not within the
 *                           budget period the run ended in)
 */
public record CostSummary(Currency currency, AllocationReport allocation, double billedNodeHours,
                          Map<String, Double> billedHoursByPool, List<CostPoint> curve, Budget budget,
                          List<BudgetAlert> alerts, double projectedPeriodSpend, double projectedExceedAt) {
    public CostSummary {
        billedHoursByPool = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(billedHoursByPool));
        curve = List.copyOf(curve);
        alerts = List.copyOf(alerts);
    }

    /** What the nodes cost. */
    public double total() {
        return allocation.totalNodeCost();
    }

    /**
     * What one allocated CPU core-hour of {@code service} cost on average ({@link CostLine#cpuCostPerCoreHour()}:
     * its nodes' CPU prices blended by where its pods ran); empty when it was allocated none.
     */
    public java.util.OptionalDouble cpuPricePerCoreHour(String service) {
        return allocation.service(service).filter(line -> line.cpuCoreHours() > 0)
                .map(line -> java.util.OptionalDouble.of(line.cpuCostPerCoreHour())).orElse(java.util.OptionalDouble.empty());
    }

    /** What no container was charged. */
    public double idle() {
        return allocation.clusterIdle().totalCost();
    }

    /**
     * The cost so far at one instant.
     *
     * @param timeSeconds simulated time
     * @param perService  cumulative allocated cost per service, in service order
     * @param idle        cumulative idle cost
     */
    public record CostPoint(double timeSeconds, Map<String, Double> perService, double idle) {
        public CostPoint {
            perService = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perService));
        }
    }
}
