package io.cloudmart.sim.model.vault;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * Vault Agent's auto-auth back-off: capped exponential with jitter, as {@code sdk/helper/backoff/backoff.go} in
 * hashicorp/vault computes it. Every value is jittered down by up to 25 % ({@code t × (1 − 0.25 U)}); the first
 * delay is the jittered minimum, each next one the jittered double of the previous (capped at the maximum before the
 * jitter). Auto-auth retries without limit ({@code exit_on_err} false), so there is no retry count.
 */
final class AuthBackoff {
    /** [DEFAULT] Vault {@code sdk/helper/backoff}: {@code maxJitter = 0.25}. */
    static final double MAX_JITTER = 0.25;

    private final double min;
    private final double max;
    private final RandomStream stream;
    private double current;
    private boolean first;

    AuthBackoff(double min, double max, RandomStream stream) {
        this.min = min;
        this.max = max;
        this.stream = stream;
        reset();
    }

    /** Back to the first delay (after a success), as {@code Backoff.Reset}. */
    void reset() {
        current = jitter(min);
        first = true;
    }

    /** The next delay, seconds, as {@code Backoff.Next}. */
    double next() {
        if (first) {
            first = false;
            return current;
        }
        current = jitter(Math.min(2 * current, max));
        return current;
    }

    private double jitter(double seconds) {
        return seconds * (1 - MAX_JITTER * stream.nextDouble());
    }
}
