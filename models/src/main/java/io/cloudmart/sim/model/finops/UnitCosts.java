package io.cloudmart.sim.model.finops;

import java.util.OptionalDouble;

/**
 * Unit economics of a run: the cost per 1,000 requests served and per 1,000 committed orders. A count of zero has
 * no unit cost (the value is absent, never infinity or NaN).
 *
 * @param cost             the cost of the window, currency, finite and >= 0
 * @param requests         requests served in the window, >= 0
 * @param committedOrders  orders committed (sagas that completed) in the window, >= 0
 */
public record UnitCosts(double cost, long requests, long committedOrders) {
    public UnitCosts {
        if (!(cost >= 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("cost must be finite and >= 0, got " + cost);
        }
        if (requests < 0 || committedOrders < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got requests " + requests + ", committed orders "
                    + committedOrders);
        }
    }

    /** Cost per 1,000 requests, currency; absent when no request was served. */
    public OptionalDouble perThousandRequests() {
        return perThousand(cost, requests);
    }

    /** Cost per 1,000 committed orders, currency; absent when no order committed. */
    public OptionalDouble perThousandCommittedOrders() {
        return perThousand(cost, committedOrders);
    }

    /** {@code cost × 1000 / count}, absent when {@code count} is 0. */
    public static OptionalDouble perThousand(double cost, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(cost * 1000.0 / count);
    }
}
