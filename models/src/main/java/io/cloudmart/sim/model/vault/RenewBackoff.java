package io.cloudmart.sim.model.vault;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The retry delays of a lease renewal that failed, as Vault's {@code api/lifetime_watcher.go} sets them up: a
 * cenkalti/backoff {@code ExponentialBackOff} with an initial interval of 10 s, multiplier 2, at most 5 min, each delay
 * randomised by ±50 % ({@code DefaultRandomizationFactor}), giving up once the next retry would pass the lease's end
 * ({@code MaxElapsedTime} = the lease left at the first failure).
 */
final class RenewBackoff {
    /** [DEFAULT] Vault {@code api/lifetime_watcher.go}: {@code defaultInitialRetryInterval}. */
    static final double INITIAL_SECONDS = 10;
    /** [DEFAULT] Vault {@code api/lifetime_watcher.go}: {@code MaxInterval: 5 * time.Minute}. */
    static final double MAX_SECONDS = 300;
    /** [DEFAULT] cenkalti/backoff {@code DefaultMultiplier}. */
    static final double MULTIPLIER = 2;
    /** [DEFAULT] cenkalti/backoff {@code DefaultRandomizationFactor}. */
    static final double RANDOMIZATION = 0.5;

    private final RandomStream stream;
    private final double startedAt;
    private final double maxElapsed;
    private double current = INITIAL_SECONDS;

    /** A back-off whose first failure was at {@code now}, the lease having {@code leaseLeft} seconds to go. */
    RenewBackoff(RandomStream stream, double now, double leaseLeft) {
        this.stream = stream;
        this.startedAt = now;
        this.maxElapsed = leaseLeft;
    }

    /** The next delay, seconds, or NaN when it would end after the lease ({@code backoff.Stop}). */
    double next(double now) {
        double delta = RANDOMIZATION * current;
        double next = current - delta + stream.nextDouble() * 2 * delta;
        current = Math.min(current * MULTIPLIER, MAX_SECONDS);
        return now - startedAt + next > maxElapsed ? Double.NaN : next;
    }
}
