package io.cloudmart.sim.core.bench;

import io.cloudmart.sim.core.Priority;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ReplicationResult;

/**
 * The events and wall time of a run's measured window (from the end of warm-up to the end), so a
 * bench divides them by figures counted over the same window, such as the requests a counter saw
 * after its reset at the end of warm-up. (Dividing the whole run's events by the requests after
 * warm-up overstates events per request by about the warm-up's share of the run.)
 *
 * <p>Install it before the model, so its mark runs first among the actions due at the end of
 * warm-up, before the metrics' reset and the model's own actions at that instant. The mark is
 * itself an event; it is not counted in the window.
 */
public final class MeasuredWindow {
    private final Simulation simulation;
    private long eventsBefore = -1;
    private long nanosAtStart;
    private long allocatedAtStart;

    private MeasuredWindow(Simulation simulation) {
        this.simulation = simulation;
    }

    /** Marks the end of {@code simulation}'s warm-up; call before the model schedules anything. */
    public static MeasuredWindow install(Simulation simulation) {
        MeasuredWindow window = new MeasuredWindow(simulation);
        simulation.after(simulation.settings().warmupSeconds(), Priority.FIRST, "bench: start of measured window",
                window::mark);
        return window;
    }

    private void mark() {
        nanosAtStart = System.nanoTime();
        allocatedAtStart = AllocatedBytes.total();
        eventsBefore = simulation.eventsExecuted(); // the engine counts this mark once it returns
    }

    /** True once the run reached the end of its warm-up (false for a run that stopped early before it). */
    public boolean started() {
        return eventsBefore >= 0;
    }

    /** Events executed in the window, the mark left out; {@code result} is the run's, {@link #started()} must hold. */
    public long events(ReplicationResult result) {
        requireStarted();
        return result.events() - eventsBefore - 1;
    }

    /** Events executed before the window (during warm-up). */
    public long warmupEvents() {
        requireStarted();
        return eventsBefore;
    }

    /** Wall seconds from the start of the window to {@code endNanos} (a {@link System#nanoTime()} after the run). */
    public double wallSeconds(long endNanos) {
        requireStarted();
        return (endNanos - nanosAtStart) / 1e9;
    }

    /**
     * Bytes the JVM allocated from the start of the window to {@code endTotal} (an {@link AllocatedBytes#total()}
     * after the run), or -1 when this JVM cannot tell. The run thread allocates nearly all of it; what a waiting
     * thread or the end-of-run summary allocates is counted too, a small constant against a long run.
     */
    public long allocatedBytes(long endTotal) {
        requireStarted();
        return endTotal < 0 || allocatedAtStart < 0 ? -1 : endTotal - allocatedAtStart;
    }

    private void requireStarted() {
        if (!started()) {
            throw new IllegalStateException("the run ended before its warm-up did: there is no measured window");
        }
    }
}
