package io.cloudmart.sim.model.trace;

/**
 * Which client requests are traced: none, the first {@code limit} sent after the warm-up, or every
 * {@code every}-th request sent after the warm-up up to {@code limit} of them. The sample is deterministic
 * (a count, no random draw, so tracing changes no stream) and holds at most {@code limit} requests, whatever
 * the run's length. Only the first replication is traced.
 *
 * @param every trace one request in {@code every} (1: each one)
 * @param limit most requests traced, ≥ 1 (0 only for {@link #OFF})
 */
public record TraceSampling(long every, int limit) {
    /** Most requests {@code --trace N} may ask for: each keeps its spans in memory until the run ends. */
    public static final int MAX_FIRST = 10_000;
    /** Requests {@code --trace 1/K} keeps at most. */
    public static final int EVERY_LIMIT = 1_000;

    /** Nothing traced. */
    public static final TraceSampling OFF = new TraceSampling(1, 0);

    public TraceSampling {
        if (every < 1) {
            throw new IllegalArgumentException("trace every K-th request needs K ≥ 1, got " + every);
        }
        if (limit < 0 || limit > MAX_FIRST) {
            throw new IllegalArgumentException("traced requests must be in [0, " + MAX_FIRST + "], got " + limit);
        }
    }

    /** The first {@code n} requests sent after the warm-up. */
    public static TraceSampling first(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("trace at least 1 request, got " + n);
        }
        return new TraceSampling(1, n);
    }

    /** Every {@code k}-th request sent after the warm-up (the 1st, the (k+1)-th, …), at most {@link #EVERY_LIMIT}. */
    public static TraceSampling everyKth(long k) {
        return new TraceSampling(k, EVERY_LIMIT);
    }

    public boolean isOff() {
        return limit == 0;
    }
}
