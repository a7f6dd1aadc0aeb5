package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: a count of successes must lie in the normal-approximation interval of a binomial. */
final class Binomial {
    /** Two-sided 99.9 % standard normal quantile. */
    static final double Z_999 = 3.2905267314919255;

    private Binomial() {
    }

    /** Asserts that {@code count} successes in {@code trials} are within {@code z} standard deviations of {@code p}. */
    static void assertWithin(long count, long trials, double p, double z, String what) {
        double mean = trials * p;
        double sd = Math.sqrt(trials * p * (1 - p));
        assertThat((double) count).as("%s: %d of %d, expected %.1f ± %.1f (z = %.2f)", what, count, trials, mean,
                z * sd, z).isBetween(mean - z * sd, mean + z * sd);
    }
}
