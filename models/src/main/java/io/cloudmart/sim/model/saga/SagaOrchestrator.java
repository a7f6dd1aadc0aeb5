package io.cloudmart.sim.model.saga;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.cloudmart.sim.core.Priority;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.MetricsSnapshot;

/**
 * The saga orchestrator for one {@link SagaDefinition}: starts sagas, runs each through its
 * {@link SagaInstance} state machine, sends the commands through a {@link StepExecutor}, and owns
 * the saga type's statistics ({@link SagaMetrics}) and notable events.
 *
 * <p>Conservation: every saga started ends exactly once, COMMITTED, COMPENSATED or STUCK, or is
 * counted as in flight at the end of the run ({@code saga.<name>.inFlightAtEnd}). Memory grows with
 * the sagas in flight only.
 *
 * <p>Orchestration costs (2 messages per step plus the orchestrator's own persistence, domain
 * facts 7.2) are the executor's business: it decides how long a command and its reply take.
 */
public final class SagaOrchestrator {
    private final Simulation simulation;
    private final SagaDefinition definition;
    private final StepExecutor executor;
    private final BurstRule burstRule;
    private final SagaMetrics metrics;
    private final List<SagaEventListener> listeners = new ArrayList<>();
    private final String timeoutLabel;
    private final String retryLabel;
    private final double warmup;
    private long nextId;
    private int inFlight;
    private int inFlightFromWarmup;
    private long burstWindow = -1;
    private int burstCount;
    private long totalStarted;
    private long totalCompensated;

    /** An orchestrator with the {@link BurstRule#DEFAULT} burst rule. */
    public SagaOrchestrator(Simulation simulation, SagaDefinition definition, StepExecutor executor) {
        this(simulation, definition, executor, BurstRule.DEFAULT);
    }

    public SagaOrchestrator(Simulation simulation, SagaDefinition definition, StepExecutor executor, BurstRule burstRule) {
        this.simulation = simulation;
        this.definition = definition;
        this.executor = executor;
        this.burstRule = burstRule;
        this.metrics = new SagaMetrics(simulation, definition.name());
        this.timeoutLabel = metricKey(definition.name(), "timeout");
        this.retryLabel = metricKey(definition.name(), "retry");
        this.warmup = simulation.settings().warmupSeconds();
        double now = simulation.now();
        if (warmup > now) {
            simulation.after(warmup - now, Priority.LAST, metricKey(definition.name(), "carriedOver"),
                    () -> metrics.carriedOver.add(inFlightFromWarmup));
        }
        if (simulation.endTime() >= now) {
            simulation.after(simulation.endTime() - now, Priority.LAST, metricKey(definition.name(), "inFlightAtEnd"),
                    () -> metrics.inFlightAtEnd.add(inFlight));
        }
    }

    /** {@code saga.<name>.<metric>}. */
    public static String metricKey(String saga, String metric) {
        return "saga." + saga + "." + metric;
    }

    /** compensated / started of a finished run (domain facts 7.4), NaN when none started. */
    public static double compensationRate(MetricsSnapshot metrics, String saga) {
        long started = metrics.counter(metricKey(saga, "started"));
        return started == 0 ? Double.NaN : (double) metrics.counter(metricKey(saga, "compensated")) / started;
    }

    /** Starts a saga now and returns its id. */
    public long start() {
        return start(null);
    }

    /** Starts a saga now; {@code onEnd} (may be null) is told its outcome when it ends. Returns its id. */
    public long start(Consumer<SagaOutcome> onEnd) {
        long id = nextId++;
        SagaInstance saga = new SagaInstance(this, simulation, id, onEnd);
        inFlight++;
        if (simulation.now() < warmup) {
            inFlightFromWarmup++;
        }
        totalStarted++;
        metrics.started.increment();
        metrics.inFlight.add(1);
        saga.begin();
        return id;
    }

    /** Adds a listener for notable events (stuck sagas, compensation bursts). */
    public void addListener(SagaEventListener listener) {
        listeners.add(listener);
    }

    public SagaDefinition definition() {
        return definition;
    }

    /** Sagas started and not yet ended. */
    public int inFlight() {
        return inFlight;
    }

    /** compensated / started since the beginning of the run (warm-up included), NaN when none started. */
    public double compensationRate() {
        return totalStarted == 0 ? Double.NaN : (double) totalCompensated / totalStarted;
    }

    StepExecutor executor() {
        return executor;
    }

    SagaMetrics metrics() {
        return metrics;
    }

    String timeoutLabel() {
        return timeoutLabel;
    }

    String retryLabel() {
        return retryLabel;
    }

    /** A saga aborted and begins compensating: count it towards a burst. */
    void compensationStarted(SagaInstance saga) {
        double now = simulation.now();
        long window = (long) Math.floor(now / burstRule.windowSeconds());
        if (window != burstWindow) {
            burstWindow = window;
            burstCount = 0;
        }
        burstCount++;
        if (burstCount == burstRule.threshold()) {
            double from = window * burstRule.windowSeconds();
            publish(new SagaEvent(now, definition.name(), SagaEvent.Kind.COMPENSATION_BURST, -1, saga.currentStep(),
                    String.format(Locale.US, "%d sagas began compensating between %.1f s and %.1f s", burstCount, from,
                            now)));
        }
    }

    void ended(SagaInstance saga, SagaOutcome outcome, String detail) {
        double now = simulation.now();
        inFlight--;
        if (saga.startTime < warmup) {
            inFlightFromWarmup--;
        }
        metrics.inFlight.add(-1);
        if (outcome == SagaOutcome.STUCK) {
            metrics.stuck.increment();
            publish(new SagaEvent(now, definition.name(), SagaEvent.Kind.STUCK, saga.id, saga.currentStep(), detail));
            return;
        }
        if (outcome == SagaOutcome.COMMITTED) {
            metrics.committed.increment();
        } else {
            metrics.compensated.increment();
            totalCompensated++;
        }
        metrics.timeToConsistency.record(now - saga.startTime);
        if (!Double.isNaN(saga.firstCommitTime())) {
            metrics.inconsistent.add(-1);
            metrics.timeInconsistent.record(now - saga.firstCommitTime());
        }
    }

    private void publish(SagaEvent event) {
        for (SagaEventListener listener : listeners) {
            listener.onEvent(event);
        }
    }
}
