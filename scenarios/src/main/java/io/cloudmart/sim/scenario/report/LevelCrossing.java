package io.cloudmart.sim.scenario.report;

import java.util.OptionalDouble;

import io.cloudmart.sim.core.stats.Buckets;

/**
 * When a count, known only as time-averages per bucket, first reached a value: for "the new pods were Ready
 * at", from the {@code replicas} series. A count that steps once inside a bucket from a to b at time τ
 * averages a + (b − a) × (end − τ) / length there, so τ is read back from that bucket's average and its
 * neighbours'; with several steps in one bucket the answer is their average time, good to a bucket.
 */
final class LevelCrossing {
    private LevelCrossing() {
    }

    /**
     * The first time at or after {@code from} (seconds) at which the level reached {@code target} (rising:
     * at least it; falling: at most it), looking no later than {@code until}; empty when it did not.
     *
     * @param means   bucket averages of the level (NaN: not measured)
     * @param rising  true to look for {@code level >= target}, false for {@code level <= target}
     */
    static OptionalDouble first(double[] means, Buckets buckets, double from, double until, double target,
                                boolean rising) {
        int start = Math.min((int) (from / buckets.widthSeconds()), means.length - 1);
        for (int k = start; k < means.length && buckets.start(k) <= until; k++) {
            if (!reached(means[k], target, rising)) {
                continue;
            }
            if (k == start) {
                return OptionalDouble.of(from); // already there when asked
            }
            // reached in bucket k: the step was in bucket k − 1, from the level of the bucket before it
            double inside = means[k - 1];
            double before = k >= 2 ? means[k - 2] : inside;
            double after = means[k];
            double shareAfter = after == before || Double.isNaN(before) ? 1 : (inside - before) / (after - before);
            shareAfter = Math.max(0, Math.min(1, shareAfter));
            double at = buckets.end(k - 1) - shareAfter * buckets.length(k - 1);
            return OptionalDouble.of(Math.max(from, at));
        }
        return OptionalDouble.empty();
    }

    private static boolean reached(double level, double target, boolean rising) {
        double eps = 1e-9;
        return rising ? level >= target - eps : level <= target + eps;
    }
}
