package io.cloudmart.sim.model.load.shape;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.special.Gamma;

import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.RandomStreams;

/**
 * Statistical checks shared by the shape tests. The count of a Poisson process in a window with
 * ∫ rate = Λ is Poisson(Λ), and counts in disjoint windows are independent; summed over R
 * independent replications it is Poisson(R·Λ). A check accepts a count inside the central 99.9%
 * interval of that law, computed exactly from P(N <= k) = Q(k + 1, Λ) (the regularized upper
 * incomplete gamma function), not from a normal approximation. Seeds are fixed, so every outcome
 * is reproducible.
 */
final class PoissonCheck {
    /** Two-sided level of every acceptance interval: 99.9% coverage. */
    static final double ALPHA = 0.001;
    /** Standard-normal quantile for a two-sided 99.9% interval, for the dispersion and slope checks. */
    static final double Z_999 = 3.2905;
    /** Tolerance for analytic values computed in floating point. */
    static final double EPS = 1e-9;
    /** Seed of every test stream. */
    static final long SEED = 20_240_611L;

    private PoissonCheck() {
    }

    /** A fresh stream with the fixed test seed; {@code purpose} keeps tests independent. */
    static RandomStream stream(String purpose) {
        return new RandomStreams(SEED, 0).stream("test." + purpose);
    }

    /** The smallest and largest counts inside the central 1 − {@link #ALPHA} interval of Poisson(λ). */
    static long[] interval(double lambda) {
        return new long[] {smallestWithCdfAtLeast(lambda, ALPHA / 2, true), smallestWithCdfAtLeast(lambda, 1 - ALPHA / 2, false)};
    }

    /** Asserts that {@code count} is a plausible draw of Poisson({@code lambda}). */
    static void assertPoisson(long count, double lambda, String what) {
        long[] range = interval(lambda);
        assertThat(count).as("%s: count %d vs Poisson(%.2f), 99.9%% interval [%d, %d]", what, count, lambda, range[0], range[1])
                .isBetween(range[0], range[1]);
    }

    /**
     * Counts of arrivals of {@code shape} in the windows [edges[k], edges[k+1]), summed over
     * {@code replications} independent runs that each start at edges[0] with a new process on
     * {@code stream}.
     */
    static long[] counts(RateShape shape, RandomStream stream, double chunkSeconds, double[] edges, int replications) {
        long[] counts = new long[edges.length - 1];
        for (int r = 0; r < replications; r++) {
            ArrivalProcess process = ArrivalProcess.poisson(shape, stream, chunkSeconds);
            addCounts(process, edges, counts);
        }
        return counts;
    }

    /** {@link #counts(RateShape, RandomStream, double, double[], int)} with the default chunk. */
    static long[] counts(RateShape shape, RandomStream stream, double[] edges, int replications) {
        return counts(shape, stream, ArrivalProcess.DEFAULT_CHUNK_SECONDS, edges, replications);
    }

    /** Runs {@code process} from edges[0] to the last edge, adding its arrivals to {@code counts}. */
    static void addCounts(ArrivalProcess process, double[] edges, long[] counts) {
        double last = edges[edges.length - 1];
        int k = 0;
        for (double t = process.nextAfter(edges[0], last); t < last; t = process.nextAfter(t, last)) {
            while (t >= edges[k + 1]) {
                k++;
            }
            counts[k]++;
        }
    }

    /** Asserts every window's summed count against Poisson(replications · ∫ rate over the window). */
    static void assertCountsMatch(RateShape shape, double[] edges, long[] counts, int replications) {
        for (int k = 0; k < counts.length; k++) {
            double lambda = replications * shape.integral(edges[k], edges[k + 1]);
            assertPoisson(counts[k], lambda, shape.describe() + " on [" + edges[k] + ", " + edges[k + 1] + ")");
        }
    }

    /**
     * Asserts that per-replication counts with mean λ have the Poisson dispersion, variance / mean
     * = 1: the sample index s²/λ has standard error √((2 + 1/λ) / (R − 1)) (from the fourth
     * central moment λ + 3λ² of the Poisson law). Evenly spaced arrivals, as k6 makes them, fail
     * this check while matching every mean.
     */
    static void assertPoissonDispersion(long[] perReplication, double lambda, String what) {
        int r = perReplication.length;
        double mean = 0;
        for (long c : perReplication) {
            mean += c;
        }
        mean /= r;
        double squares = 0;
        for (long c : perReplication) {
            squares += (c - mean) * (c - mean);
        }
        double index = squares / (r - 1) / lambda;
        double se = Math.sqrt((2 + 1 / lambda) / (r - 1));
        assertThat(Math.abs(index - 1)).as("%s: dispersion index %.4f, standard error %.4f", what, index, se)
                .isLessThanOrEqualTo(Z_999 * se);
    }

    private static long smallestWithCdfAtLeast(double lambda, double p, boolean strictly) {
        long lo = 0;
        long hi = (long) Math.ceil(lambda + 50 * Math.sqrt(lambda) + 50);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            double cdf = lambda == 0 ? 1.0 : Gamma.regularizedGammaQ(mid + 1.0, lambda);
            if (strictly ? cdf > p : cdf >= p) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
