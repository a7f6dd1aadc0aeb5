package io.cloudmart.sim.core.run;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for work running on other threads while the progress line keeps moving: the caller's tick runs every
 * {@link #PERIOD_MILLIS} until the result is in. A task's own exception is rethrown as it was, so a bug in a model
 * surfaces with its own stack trace rather than wrapped.
 */
public final class ProgressWait {
    /** How often a waiting caller reports progress: often enough for a live line, rarely enough to cost nothing. */
    public static final long PERIOD_MILLIS = 500;

    private ProgressWait() {
    }

    /**
     * The future's result, running {@code tick} every {@link #PERIOD_MILLIS} while it is not ready.
     *
     * @param waitingFor what is awaited, for the message if the wait is interrupted ("replications")
     */
    public static <T> T await(Future<T> future, Runnable tick, String waitingFor) {
        while (true) {
            try {
                return future.get(PERIOD_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                tick.run();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + waitingFor, e);
            }
        }
    }
}
