package io.cloudmart.sim.core.engine;

import java.util.concurrent.CountDownLatch;

import org.djutils.logger.CategoryLogger;

import ch.qos.logback.classic.Level;
import nl.tudelft.simulation.dsol.SimRuntimeException;
import nl.tudelft.simulation.dsol.experiment.Replication;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.ErrorStrategy;
import nl.tudelft.simulation.dsol.simulators.SimulatorInterface;

/**
 * The only place that touches DSOL: a {@link DevsSimulator} tuned for batch runs of large models.
 *
 * <p>DSOL keeps the replication life cycle (initialize, warm-up and end-of-replication events,
 * worker thread, start/stop events). Three of its per-event costs are removed, each measured in
 * {@code shared/docs/dsol-primer.md}:
 * <ul>
 * <li>{@code scheduleEvent} builds {@code event.toString()} for a TRACE log line on every call
 * (20-25% of run time); actions here go straight into the event list.</li>
 * <li>The event list is {@link ActionHeap}, which compares primitive fields and takes a cancelled action
 * out at once, and an action's sequence number comes from this engine, not DSOL's JVM-wide
 * {@code AtomicLong}.</li>
 * <li>The run loop does not box the clock or fire {@code TIME_CHANGED_EVENT} per event (nothing
 * listens to it in a batch run); DSOL's boxed clock is set before DSOL's own events run.</li>
 * </ul>
 * A failing action does not pause the worker (DSOL's default {@code WARN_AND_PAUSE} would hang a
 * headless run): the loop records the failure and stops, and {@link #runToEnd()} returns it.
 */
public final class DsolEngine extends DevsSimulator<Double> {
    private static final long PROGRESS_EVERY = 1 << 16;

    private final ActionHeap actions = new ActionHeap();
    private final String replicationId;
    private long nextSequence;
    private long executed;
    private double now;
    private volatile double published;
    private RuntimeException failure;
    private boolean stopRequested;
    private double failureTime;
    private String failureLabel;

    static {
        CategoryLogger.setLogLevelAll(Level.ERROR);
    }

    /**
     * DSOL's simulator constructor registers a logger in djutils' static {@code CategoryLogger} maps,
     * which are not thread-safe: engines are therefore created one at a time.
     */
    private static final Object CONSTRUCTION = new Object();

    /** A new engine; safe to call from several threads at once. */
    public static DsolEngine create(String replicationId) {
        synchronized (CONSTRUCTION) {
            return new DsolEngine(replicationId);
        }
    }

    /**
     * @param replicationId names the replication and DSOL's worker thread, for diagnostics
     */
    private DsolEngine(String replicationId) {
        super(replicationId);
        this.replicationId = replicationId;
        this.eventList = actions;
        setErrorStrategy(ErrorStrategy.WARN_AND_END, Level.OFF);
    }

    /** Current simulated time in seconds. */
    public double now() {
        return now;
    }

    /** Simulated time as last published for other threads (progress lines), in seconds. */
    public double publishedTime() {
        return published;
    }

    /** Number of actions executed so far (cancelled ones are not counted). */
    public long executed() {
        return executed;
    }

    /** Schedules {@code action} at absolute time {@code time} (seconds); refuses the past and NaN. */
    public ScheduledAction schedule(double time, short priority, String label, Runnable action) {
        ScheduledAction scheduled = ScheduledAction.ours(actions, label, action);
        scheduled.setDue(checkedTime(time, label), priority, nextSequence++);
        actions.push(scheduled);
        return scheduled;
    }

    /** An action that {@link #reschedule} moves in the event list again and again; not scheduled yet. */
    public ScheduledAction timer(String label, Runnable action) {
        return ScheduledAction.ours(actions, label, action);
    }

    /**
     * Schedules {@code timer} at absolute time {@code time}, moving it there if it is pending. It then runs
     * exactly where a cancelled and newly scheduled action would run: it takes the next sequence number.
     */
    public void reschedule(ScheduledAction timer, double time, short priority) {
        timer.setDue(checkedTime(time, timer.label), priority, nextSequence++);
        if (timer.isPending()) {
            actions.reorder(timer);
        } else {
            actions.push(timer);
        }
    }

    private double checkedTime(double time, String label) {
        if (!(time >= now)) {
            throw new IllegalArgumentException("cannot schedule '" + label + "' at t=" + time + ", before now=" + now);
        }
        return time;
    }

    /**
     * Runs one replication from 0 to {@code endTime} seconds, blocking the calling thread.
     *
     * @param warmupTime time in seconds of DSOL's warm-up event
     * @param endTime    end of the replication, seconds
     * @return null on a normal end, or the failure of the first action that threw
     */
    public RuntimeException runToEnd(double warmupTime, double endTime) throws InterruptedException {
        // DSOL's initialize() clears the event list: keep what the model scheduled beforehand.
        java.util.List<ScheduledAction> scheduledBefore = new java.util.ArrayList<>();
        for (ScheduledAction a = actions.pollAction(); a != null; a = actions.pollAction()) {
            scheduledBefore.add(a);
        }
        Runnable constructor = () -> scheduledBefore.forEach(actions::push);
        BatchReplication replication = new BatchReplication(replicationId, warmupTime, endTime);
        CountDownLatch finished = new CountDownLatch(1);
        addListener(event -> finished.countDown(), Replication.END_REPLICATION_EVENT);
        addListener(event -> {
            if (getReplicationState() != nl.tudelft.simulation.dsol.simulators.ReplicationState.ENDING) {
                finished.countDown();
            }
        }, SimulatorInterface.STOP_EVENT);
        try {
            initialize(new ConstructOnly(this, constructor), replication);
            start();
            finished.await();
            return failure;
        } finally {
            cleanUp();
        }
    }

    /** Ends the run after the action that is executing now; the clock stays at its time. */
    public void requestStop() {
        stopRequested = true;
    }

    /** The failing action's simulated time, in seconds (valid after a failure). */
    public double failureTime() {
        return failureTime;
    }

    /** The failing action's label (valid after a failure). */
    public String failureLabel() {
        return failureLabel;
    }

    @Override
    public Double getSimulatorTime() {
        return now;
    }

    @Override
    public SimEventInterface<Double> scheduleEvent(SimEventInterface<Double> event) throws SimRuntimeException {
        if (event.getAbsoluteExecutionTime() < now) {
            throw new SimRuntimeException("cannot schedule an event in the past: " + event);
        }
        actions.add(event);
        return event;
    }

    @Override
    public void run() {
        this.runflag = true;
        final double until = this.runUntilTime;
        while (!isStoppingOrStopped()) {
            if (actions.isEmpty() || !dueBy(actions.firstTime(), until)) {
                setClock(until);
                this.runState = nl.tudelft.simulation.dsol.simulators.RunState.STOPPING;
                break;
            }
            ScheduledAction next = actions.pollAction();
            now = next.time;
            if (next.dsolInternal) {
                this.simulatorTime = now;
            }
            try {
                next.execute();
            } catch (RuntimeException | Error e) {
                fail(next, e);
                break;
            }
            if ((++executed & (PROGRESS_EVERY - 1)) == 0) {
                published = now;
            }
            if (stopRequested) {
                this.runState = nl.tudelft.simulation.dsol.simulators.RunState.STOPPING;
                break;
            }
        }
        published = now;
        this.simulatorTime = now;
    }

    private boolean dueBy(double time, double until) {
        return time < until || (time == until && this.runUntilIncluding);
    }

    private void setClock(double time) {
        now = time;
        this.simulatorTime = time;
    }

    private void fail(ScheduledAction action, Throwable cause) {
        failureTime = action.time;
        failureLabel = action.label;
        failure = cause instanceof RuntimeException r ? r : new RuntimeException(cause);
        this.runState = nl.tudelft.simulation.dsol.simulators.RunState.STOPPING;
    }

    /** DSOL asks for a model object; ours only schedules the first actions. */
    private static final class ConstructOnly extends AbstractDsolModel<Double, DevsSimulator<Double>> {
        private final transient Runnable constructor;

        ConstructOnly(DevsSimulator<Double> simulator, Runnable constructor) {
            super(simulator);
            this.constructor = constructor;
        }

        @Override
        public void constructModel() {
            constructor.run();
        }
    }
}
