package io.cloudmart.sim.model.autoscale.hpa;

/**
 * The usage-ratio band within which a metric proposes no change: [1 − scaleDown, 1 + scaleUp], bounds included
 * ({@code Tolerances.isWithin} in {@code replica_calculator.go}).
 *
 * @param scaleDown tolerance below 1, >= 0
 * @param scaleUp   tolerance above 1, >= 0
 */
record Tolerances(double scaleDown, double scaleUp) {
    Tolerances {
        if (!(scaleDown >= 0) || !(scaleUp >= 0) || Double.isInfinite(scaleDown) || Double.isInfinite(scaleUp)) {
            throw new IllegalArgumentException("tolerances must be finite and >= 0, got down " + scaleDown
                    + ", up " + scaleUp);
        }
    }

    static Tolerances symmetric(double tolerance) {
        return new Tolerances(tolerance, tolerance);
    }

    boolean isWithin(double usageRatio) {
        return (1.0 - scaleDown) <= usageRatio && usageRatio <= (1.0 + scaleUp);
    }
}
