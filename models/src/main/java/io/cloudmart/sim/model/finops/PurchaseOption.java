package io.cloudmart.sim.model.finops;

/**
 * How a node is bought, which turns the instance type's on-demand price into the hourly rate actually paid. The
 * names follow AWS's purchasing options (Karpenter's {@code karpenter.sh/capacity-type} is {@code on-demand},
 * {@code spot} or {@code reserved}).
 *
 * <p>No discount has a default: AWS publishes only upper bounds ("up to 90 %" for spot, up to 72 % for 3-year
 * reserved instances / EC2 Instance Savings Plans, up to 66 % for Compute Savings Plans), and the realized discount
 * depends on the market and the commitment, so the caller must give it. Reserved instances and savings plans are
 * modelled as an effective discounted rate on the hours a node runs; the commitment (paying for unused reserved
 * hours) is not modelled.
 */
public sealed interface PurchaseOption {

    /** The rate paid per hour for a node whose on-demand price is {@code onDemandPerHour} (currency per hour). */
    double hourlyRate(double onDemandPerHour);

    /** The on-demand price. */
    static PurchaseOption onDemand() {
        return new OnDemand();
    }

    /** Spot at a given market price, currency per hour (independent of the on-demand price). */
    static PurchaseOption spotAtPrice(double pricePerHour) {
        return new SpotAtPrice(pricePerHour);
    }

    /** Spot at a discount {@code fraction} in [0, 1) off on-demand (0.7 = pay 30 % of on-demand). */
    static PurchaseOption spotAtDiscount(double fraction) {
        return new Discounted(Kind.SPOT, fraction);
    }

    /** A reserved instance, as a discount {@code fraction} in [0, 1) off on-demand. */
    static PurchaseOption reserved(double fraction) {
        return new Discounted(Kind.RESERVED, fraction);
    }

    /** A savings plan, as a discount {@code fraction} in [0, 1) off on-demand. */
    static PurchaseOption savingsPlan(double fraction) {
        return new Discounted(Kind.SAVINGS_PLAN, fraction);
    }

    /** The instrument a discount comes from. */
    enum Kind {
        SPOT, RESERVED, SAVINGS_PLAN
    }

    /** Pays the on-demand price. */
    record OnDemand() implements PurchaseOption {
        @Override
        public double hourlyRate(double onDemandPerHour) {
            return requirePrice("on-demand price", onDemandPerHour);
        }
    }

    /**
     * Spot at a fixed market price.
     *
     * @param pricePerHour the spot price, currency per hour, finite and >= 0
     */
    record SpotAtPrice(double pricePerHour) implements PurchaseOption {
        public SpotAtPrice {
            requirePrice("spot price", pricePerHour);
        }

        @Override
        public double hourlyRate(double onDemandPerHour) {
            return pricePerHour;
        }
    }

    /**
     * A discount off on-demand.
     *
     * @param kind     spot, reserved or savings plan
     * @param fraction the discount, in [0, 1): the rate paid is on-demand × (1 − fraction)
     */
    record Discounted(Kind kind, double fraction) implements PurchaseOption {
        public Discounted {
            if (kind == null) {
                throw new IllegalArgumentException("discount kind must not be null");
            }
            if (!(fraction >= 0 && fraction < 1)) {
                throw new IllegalArgumentException(kind + " discount must be a fraction in [0, 1), got " + fraction);
            }
        }

        @Override
        public double hourlyRate(double onDemandPerHour) {
            return requirePrice("on-demand price", onDemandPerHour) * (1 - fraction);
        }
    }

    private static double requirePrice(String what, double perHour) {
        if (!(perHour >= 0) || Double.isInfinite(perHour)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0 per hour, got " + perHour);
        }
        return perHour;
    }
}
