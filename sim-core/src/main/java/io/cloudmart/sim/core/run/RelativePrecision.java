package io.cloudmart.sim.core.run;

/**
 * The target of {@code --precision}: a figure is precise enough when its 95% half-width is at most {@code share}
 * of its mean's magnitude, or of {@code floor} when the mean is smaller than that.
 *
 * <p>[CHOICE] The floor is how a figure near 0 is judged: relative to a mean of 0 no half-width is small enough, so
 * such a figure would hold the run to the cap. A figure the caller gives no floor (0) is met only by a half-width
 * of 0, which is what a figure with the same value in every replication has (an error share of 0 everywhere);
 * shares get a floor of one percentage point, so a share of 0.1% is judged as if it were 1%: ±0.05 points at 5%.
 * A figure without values (NaN everywhere: no bill without a cluster) is left out.
 *
 * @param share the largest half-width as a share of the mean, in (0, 1)
 */
public record RelativePrecision(double share) {
    public RelativePrecision {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("precision must be in (0, 1), got " + share);
        }
    }

    /** The half-width a figure with this estimate may have: share × max(|mean|, floor). */
    public double tolerance(Estimate estimate, double floor) {
        return share * Math.max(Math.abs(estimate.mean()), floor);
    }

    /** True when the estimate is precise enough (or has no values at all); false with fewer than two values. */
    public boolean isMet(Estimate estimate, double floor) {
        if (estimate.n() == 0) {
            return true;
        }
        return estimate.n() >= 2 && estimate.halfWidth95() <= tolerance(estimate, floor);
    }
}
