package io.cloudmart.sim.scenario.report;

import java.util.Currency;

/**
 * Amounts of one bill written with the same decimals, so a column of costs lines up and its rows add up to the
 * total as printed (up to the last digit): enough decimals for four significant digits of the total, at least two.
 * A 20-minute run costs 0.07680 USD, a week 1,234.50 USD.
 *
 * @param currency the ISO code, e.g. USD
 * @param decimals decimals of every amount
 */
record Money(String currency, int decimals) {
    /** Decimals never go beyond this: a bill below a millionth is shown as 0. */
    static final int MAX_DECIMALS = 6;

    static Money forTotal(Currency currency, double total) {
        int decimals = total > 0 ? (int) Math.max(2, 3 - Math.floor(Math.log10(total))) : 2;
        return new Money(currency.getCurrencyCode(), Math.min(MAX_DECIMALS, decimals));
    }

    /** The amount alone, "0.01564". */
    String format(double amount) {
        return Format.number(amount, decimals);
    }

    /** The amount and the currency, "0.01564 USD". */
    String withUnit(double amount) {
        return format(amount) + " " + currency;
    }

    /** A column heading with the currency, "total (USD)". */
    String header(String name) {
        return name + " (" + currency + ")";
    }
}
