package io.cloudmart.sim.model.control;

import java.util.Currency;
import java.util.Map;
import java.util.Objects;

import io.cloudmart.sim.model.finops.Budget;
import io.cloudmart.sim.model.finops.BudgetBasis;
import io.cloudmart.sim.model.finops.PriceBook;

/**
 * How the bill is kept: its currency, the team each service belongs to (its {@code team} label), and an
 * optional budget.
 *
 * @param currency      the currency of every price
 * @param teams         service name → team; services absent have no team (OpenCost's {@code __unallocated__})
 * @param budget        the budget, or null
 * @param basis         what the budget thresholds compare: the spend so far or the period's forecast
 */
public record FinopsConfig(Currency currency, Map<String, String> teams, Budget budget, BudgetBasis basis) {
    public static final FinopsConfig DEFAULT = new FinopsConfig(PriceBook.USD, Map.of(), null, BudgetBasis.FORECASTED);

    public FinopsConfig {
        Objects.requireNonNull(currency, "currency");
        teams = Map.copyOf(teams);
        Objects.requireNonNull(basis, "basis");
    }
}
