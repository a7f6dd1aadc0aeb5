package io.cloudmart.sim.model.service;

import java.util.Arrays;

/**
 * The bucket bounds of a request-latency histogram and Prometheus's {@code histogram_quantile} over them.
 *
 * <p>[DEFAULT] Envoy's default histogram buckets, which Istio's {@code istio_request_duration_milliseconds}
 * uses unless a pod overrides them (Envoy {@code HistogramSettingsImpl::defaultBuckets},
 * {@code source/common/stats/histogram_impl.cc}): 0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000,
 * 30000, 60000, 300000, 600000, 1800000, 3600000 ms, then {@code +Inf}.
 */
final class LatencyHistogram {
    /** Upper bounds ({@code le}) of the finite buckets, seconds. */
    static final double[] ENVOY_DEFAULT_BOUNDS_SECONDS = {0.0005, 0.001, 0.005, 0.010, 0.025, 0.050, 0.100, 0.250,
            0.500, 1, 2.5, 5, 10, 30, 60, 300, 600, 1800, 3600};

    private LatencyHistogram() {
    }

    /** Buckets, the {@code +Inf} one included. */
    static int buckets() {
        return ENVOY_DEFAULT_BOUNDS_SECONDS.length + 1;
    }

    /** The bucket a latency falls in: the first whose bound is &ge; it ({@code le} is inclusive), or {@code +Inf}'s. */
    static int bucketOf(double seconds) {
        int at = Arrays.binarySearch(ENVOY_DEFAULT_BOUNDS_SECONDS, seconds);
        return at >= 0 ? at : -at - 1;
    }

    /**
     * {@code histogram_quantile(q, …)} as Prometheus computes it from per-bucket counts (not cumulative): find the
     * bucket holding rank {@code q × total} and interpolate linearly inside it, the first bucket starting at 0; a
     * rank in the {@code +Inf} bucket answers the highest finite bound. NaN without observations.
     */
    static double quantile(double q, long[] counts) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1], got " + q);
        }
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return Double.NaN;
        }
        double rank = q * total;
        long below = 0;
        for (int b = 0; b < counts.length; b++) {
            long upTo = below + counts[b];
            if (upTo >= rank && counts[b] > 0) {
                if (b == ENVOY_DEFAULT_BOUNDS_SECONDS.length) {
                    return ENVOY_DEFAULT_BOUNDS_SECONDS[b - 1];
                }
                double lower = b == 0 ? 0 : ENVOY_DEFAULT_BOUNDS_SECONDS[b - 1];
                double upper = ENVOY_DEFAULT_BOUNDS_SECONDS[b];
                return lower + (upper - lower) * (rank - below) / counts[b];
            }
            below = upTo;
        }
        return ENVOY_DEFAULT_BOUNDS_SECONDS[ENVOY_DEFAULT_BOUNDS_SECONDS.length - 1];
    }
}
