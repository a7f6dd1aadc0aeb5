package io.cloudmart.sim.model.mesh;

import java.util.ArrayDeque;

/**
 * One proxy's connection pool to one upstream cluster, reduced to what its circuit breakers count:
 * active requests, requests pending for a connection, outstanding retries.
 *
 * <p>Modelled on an HTTP/1.1 upstream (Istio's default for plain HTTP unless {@code h2UpgradePolicy}
 * says UPGRADE), where a connection carries one request at a time, so {@code maxConnections} bounds the
 * requests in flight. A new request (Envoy {@code ConnPoolImplBase::newStreamImpl} and
 * {@code attachStreamToClient}):
 * <ol>
 *   <li>finds a free connection: it starts, unless {@code http2MaxRequests} requests are already active, in
 *       which case it overflows;</li>
 *   <li>finds none: it waits in FIFO order if fewer than {@code http1MaxPendingRequests} are waiting, else it
 *       overflows.</li>
 * </ol>
 * An overflow fails fast with 503 and flag {@code UO} ({@link AttemptResult#overflow()}); it is never
 * retried. When an active request ends the oldest pending one takes its connection. Connection set-up
 * time and HTTP/2 multiplexing are not modelled.
 */
public final class ConnectionPool {
    /** What happened to a request offered to the pool. */
    public enum Admission {
        /** It has a connection and may be sent now. */
        STARTED,
        /** It waits for a connection; its {@code onStart} runs when one frees up. */
        PENDING,
        /** A limit was reached: answer 503 {@code UO} now. */
        OVERFLOW
    }

    private final ConnectionPoolSettings settings;
    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
    private long active;
    private long retries;
    private long overflows;

    public ConnectionPool(ConnectionPoolSettings settings) {
        this.settings = settings;
    }

    /**
     * Offers a request. On {@link Admission#STARTED} the caller sends it at once and {@code onStart} is not
     * used; on {@link Admission#PENDING} {@code onStart} runs later, synchronously inside the
     * {@link #requestFinished()} call that frees a connection; on {@link Admission#OVERFLOW} nothing is kept.
     */
    public Admission request(Runnable onStart) {
        if (active < settings.maxConnections()) {
            if (active >= settings.http2MaxRequests()) {
                overflows++;
                return Admission.OVERFLOW;
            }
            active++;
            return Admission.STARTED;
        }
        if (pending.size() < settings.http1MaxPendingRequests()) {
            pending.addLast(onStart);
            return Admission.PENDING;
        }
        overflows++;
        return Admission.OVERFLOW;
    }

    /** An active request ended (answered, failed or timed out): its connection goes to the oldest pending request. */
    public void requestFinished() {
        if (active == 0) {
            throw new IllegalStateException("connection pool: more requests finished than started");
        }
        Runnable next = pending.pollFirst();
        if (next == null) {
            active--;
        } else {
            next.run();
        }
    }

    /**
     * Withdraws a pending request (for example when its route timeout fires while it waits); true if it
     * was still pending. {@code onStart} must be the object passed to {@link #request}.
     */
    public boolean cancelPending(Runnable onStart) {
        return pending.removeFirstOccurrence(onStart);
    }

    /** Takes a slot of the {@code maxRetries} circuit breaker for a retry; false (and an overflow) if it is full. */
    public boolean tryStartRetry() {
        if (retries >= settings.maxRetries()) {
            overflows++;
            return false;
        }
        retries++;
        return true;
    }

    /** Gives back a retry slot taken by {@link #tryStartRetry()}. */
    public void retryFinished() {
        if (retries == 0) {
            throw new IllegalStateException("connection pool: more retries finished than started");
        }
        retries--;
    }

    /** Requests holding a connection now. */
    public long active() {
        return active;
    }

    /** Requests waiting for a connection now. */
    public int pending() {
        return pending.size();
    }

    /** Retries outstanding now. */
    public long retriesOutstanding() {
        return retries;
    }

    /** Requests and retries refused by a limit since the pool was created. */
    public long overflows() {
        return overflows;
    }

    public ConnectionPoolSettings settings() {
        return settings;
    }
}
