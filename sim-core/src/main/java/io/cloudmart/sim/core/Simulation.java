package io.cloudmart.sim.core;

import io.cloudmart.sim.core.engine.DsolEngine;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.RandomStreams;
import io.cloudmart.sim.core.run.Attachments;
import io.cloudmart.sim.core.run.EarlyStop;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.Buckets;
import io.cloudmart.sim.core.stats.MetricRegistry;
import io.cloudmart.sim.core.stats.MetricsSnapshot;

/**
 * One replication: the clock, the event list, the random streams and the metrics of one run.
 *
 * <p>Not thread-safe and holds nothing static, so replications can run side by side in one JVM.
 * Models schedule labelled lambdas ({@link #after}, {@link #at}, {@link #every}) before or during
 * the run; {@link #run()} blocks until the end time and returns the result. An exception thrown by
 * an action ends the run with a {@link SimulationFailure} naming the simulated time and the label;
 * a model may also end it early on purpose ({@link #stopEarly}). Metrics are reset at the end of
 * warm-up and closed at the end time (or at the stop).
 */
public final class Simulation {
    private final RunSettings settings;
    private final DsolEngine engine;
    private final RandomStreams streams;
    private final MetricRegistry metrics;
    private final EventLog log = new EventLog(this);
    private final ControlJournal journal = new ControlJournal(this);
    private final java.util.List<FinishHook> finishHooks = new java.util.ArrayList<>();
    private boolean started;
    private EarlyStop earlyStop;

    /** Summarises part of a model once the run is over; what it returns is attached to the result. */
    @FunctionalInterface
    public interface FinishHook {
        /** @param endSeconds the simulated time the run covered (its end time, or when it stopped early) */
        Object finish(double endSeconds);
    }

    public Simulation(RunSettings settings) {
        this.settings = settings;
        this.engine = DsolEngine.create(settings.label() + "#" + settings.replication());
        this.streams = new RandomStreams(settings.seed(), settings.replication());
        this.metrics = new MetricRegistry(engine::now, Buckets.forRun(settings.durationSeconds(), settings.bucketSeconds()));
    }

    /** Current simulated time, seconds. */
    public double now() {
        return engine.now();
    }

    public RunSettings settings() {
        return settings;
    }

    /** The end of the run, seconds. */
    public double endTime() {
        return settings.durationSeconds();
    }

    /** Runs {@code action} {@code delaySeconds} from now (≥ 0). */
    public EventHandle after(double delaySeconds, String label, Runnable action) {
        return engine.schedule(engine.now() + delaySeconds, Priority.NORMAL.dsolPriority(), label, action);
    }

    /** Runs {@code action} {@code delaySeconds} from now, ordered by {@code priority} among actions due at the same time. */
    public EventHandle after(double delaySeconds, Priority priority, String label, Runnable action) {
        return engine.schedule(engine.now() + delaySeconds, priority.dsolPriority(), label, action);
    }

    /** Runs {@code action} at absolute time {@code timeSeconds} (not in the past). */
    public EventHandle at(double timeSeconds, String label, Runnable action) {
        return engine.schedule(timeSeconds, Priority.NORMAL.dsolPriority(), label, action);
    }

    /**
     * An action to be scheduled again and again with {@link Timer#scheduleAfter}, moved in the event list
     * rather than cancelled and made anew; nothing is scheduled yet.
     */
    public Timer timer(String label, Runnable action) {
        return new Timer(engine, Priority.NORMAL, label, action);
    }

    /**
     * Runs {@code action} every {@code periodSeconds}, first one period from now, until the run ends.
     * The returned handle cancels the whole repetition.
     */
    public EventHandle every(double periodSeconds, String label, Runnable action) {
        return every(periodSeconds, Priority.NORMAL, label, action);
    }

    /** As {@link #every(double, String, Runnable)}, each run at {@code priority} among actions due at the same time. */
    public EventHandle every(double periodSeconds, Priority priority, String label, Runnable action) {
        if (!(periodSeconds > 0)) {
            throw new IllegalArgumentException("period of '" + label + "' must be > 0 s, got " + periodSeconds);
        }
        Repetition repetition = new Repetition(periodSeconds, priority, label, action);
        repetition.scheduleNext();
        return repetition;
    }

    /** The stream called {@code name} (by convention {@code component.purpose}). */
    public RandomStream stream(String name) {
        return streams.stream(name);
    }

    public RandomStreams streams() {
        return streams;
    }

    public MetricRegistry metrics() {
        return metrics;
    }

    /** The control loops' typed decisions (scale events, scheduling, …), for {@code events.jsonl}. */
    public ControlJournal journal() {
        return journal;
    }

    /**
     * Calls {@code hook} once the run is over, in the order hooks were added, and attaches what it returns to the
     * result ({@link ReplicationResult#attachments()}); for figures kept over the whole run, such as the bill.
     */
    public void onFinish(FinishHook hook) {
        finishHooks.add(hook);
    }

    /** The log of notable decisions (ejections, stuck sagas, …). */
    public EventLog log() {
        return log;
    }

    /**
     * Ends the run after the current action, before its end time: the result then covers the time
     * up to now and says why it stopped. For a model that knows going on is pointless (queues
     * growing without end), not for errors, which throw. The first call wins.
     *
     * @param source the component that stops the run, e.g. {@code load}
     * @param reason why, in words a learner can act on
     */
    public void stopEarly(String source, String reason) {
        if (earlyStop == null) {
            earlyStop = new EarlyStop(now(), source, reason);
            log.log(source, "run stopped: " + reason);
            engine.requestStop();
        }
    }

    /** Simulated time reached so far as a fraction of the duration; safe to read from another thread. */
    public double progress() {
        return Math.min(1.0, engine.publishedTime() / settings.durationSeconds());
    }

    /** Actions executed so far. */
    public long eventsExecuted() {
        return engine.executed();
    }

    /**
     * Runs from 0 to the end time and returns the result; may be called once.
     *
     * @throws SimulationFailure when an action throws
     */
    public ReplicationResult run() {
        if (started) {
            throw new IllegalStateException("a Simulation runs once; create a new one per replication");
        }
        started = true;
        engine.schedule(settings.warmupSeconds(), Priority.FIRST.dsolPriority(), "end of warm-up", metrics::resetAll);
        long start = System.nanoTime();
        RuntimeException failure;
        try {
            failure = engine.runToEnd(settings.warmupSeconds(), settings.durationSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + settings.label(), e);
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        if (failure != null) {
            throw new SimulationFailure(engine.failureTime(), engine.failureLabel(), failure);
        }
        MetricsSnapshot snapshot = earlyStop == null ? metrics.finish() : metrics.finish(earlyStop.timeSeconds());
        double end = earlyStop == null ? settings.durationSeconds() : earlyStop.timeSeconds();
        java.util.List<Object> summaries = new java.util.ArrayList<>();
        for (FinishHook hook : finishHooks) {
            summaries.add(hook.finish(end));
        }
        return new ReplicationResult(settings, engine.executed(), wallSeconds, snapshot, log.entries(), earlyStop,
                journal.events(), new Attachments(summaries));
    }

    /** A self-rescheduling periodic action; cancelling it stops the repetition. */
    private final class Repetition implements EventHandle {
        private final double period;
        private final Priority priority;
        private final String label;
        private final Runnable action;
        private final Runnable fire = this::fire;
        private EventHandle next;
        private boolean cancelled;

        Repetition(double period, Priority priority, String label, Runnable action) {
            this.period = period;
            this.priority = priority;
            this.label = label;
            this.action = action;
        }

        void scheduleNext() {
            double due = engine.now() + period;
            if (due <= settings.durationSeconds()) {
                next = engine.schedule(due, priority.dsolPriority(), label, fire);
            } else {
                next = null;
            }
        }

        private void fire() {
            action.run();
            if (!cancelled) {
                scheduleNext();
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            if (next != null) {
                next.cancel();
            }
        }

        @Override
        public boolean isPending() {
            return !cancelled && next != null && next.isPending();
        }

        @Override
        public double time() {
            return next == null ? Double.NaN : next.time();
        }
    }
}
