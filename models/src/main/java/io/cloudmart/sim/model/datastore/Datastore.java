package io.cloudmart.sim.model.datastore;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import io.cloudmart.sim.core.EventHandle;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.core.stats.TimeWeighted;
import io.cloudmart.sim.model.trace.RequestTrace;
import io.cloudmart.sim.model.trace.SpanKind;

/**
 * A database behind a connection pool: an operation waits (FIFO) for one of
 * {@code maxConnections} connections, holds it for the operation's latency, then releases it.
 * An operation that waits longer than {@code connectionTimeout} fails, as HikariCP's
 * {@code getConnection()} does.
 *
 * <p>Metrics under {@code ds.<name>.}: {@code latency} (wait + operation, tally with series),
 * {@code operations} (counter, series), {@code failures} (counter), {@code busyConnections} and
 * {@code waiting} (levels with series).
 */
public final class Datastore {
    private final DatastoreConfig config;
    private final Simulation simulation;
    private final Map<String, Operation> operations = new HashMap<>();
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private final Tally latency;
    private final Counter count;
    private final Counter failures;
    private final TimeWeighted busy;
    private final TimeWeighted queue;
    private int inUse;
    // event labels, built once: a label per event would be built millions of times
    private final String queryLabel;
    private final String timeoutLabel;

    /** Called when an operation has finished: true if it ran, false if it timed out waiting. */
    @FunctionalInterface
    public interface Completion {
        void done(boolean ok);
    }

    private record Operation(String name, Distribution latency, RandomStream stream) {
    }

    private final class Waiter {
        final double since = simulation.now();
        final Operation operation;
        final Completion completion;
        final RequestTrace trace;
        EventHandle timeout;

        Waiter(Operation operation, Completion completion, RequestTrace trace) {
            this.operation = operation;
            this.completion = completion;
            this.trace = trace;
        }
    }

    public Datastore(DatastoreConfig config, Simulation simulation) {
        this.config = config;
        this.simulation = simulation;
        config.operations().forEach((name, dist) ->
                operations.put(name, new Operation(name, dist, simulation.stream(key(name + ".latency")))));
        var metrics = simulation.metrics();
        latency = metrics.tally(key("latency"), true);
        count = metrics.counter(key("operations"), true);
        failures = metrics.counter(key("failures"), false);
        busy = metrics.level(key("busyConnections"), 0, true);
        queue = metrics.level(key("waiting"), 0, true);
        queryLabel = "query " + config.name();
        timeoutLabel = "connection timeout " + config.name();
    }

    private String key(String metric) {
        return metricKey(config.name(), metric);
    }

    /** The metric key of {@code metric} for store {@code store}. */
    public static String metricKey(String store, String metric) {
        return "ds." + store + "." + metric;
    }

    public String name() {
        return config.name();
    }

    /** Throws unless {@code operation} is one of this store's operations. */
    public void requireOperation(String operation) {
        if (!operations.containsKey(operation)) {
            throw new IllegalArgumentException("datastore " + config.name() + " has no operation " + operation
                    + "; it has " + operations.keySet());
        }
    }

    /** Runs {@code operation}; {@code completion} learns whether it ran or timed out waiting. */
    public void execute(String operation, Completion completion) {
        execute(operation, null, completion);
    }

    /**
     * As {@link #execute(String, Completion)}, reporting the wait for a connection and the operation as spans of
     * {@code trace} (null: not traced).
     */
    public void execute(String operation, RequestTrace trace, Completion completion) {
        Operation op = operations.get(operation);
        if (op == null) {
            throw new IllegalArgumentException("datastore " + config.name() + " has no operation " + operation);
        }
        if (inUse < config.maxConnections()) {
            start(op, simulation.now(), completion, trace);
            return;
        }
        Waiter waiter = new Waiter(op, completion, trace);
        waiter.timeout = simulation.after(config.connectionTimeout(), timeoutLabel,
                () -> giveUp(waiter));
        waiting.addLast(waiter);
        queue.add(1);
    }

    private void start(Operation op, double since, Completion completion, RequestTrace trace) {
        inUse++;
        busy.add(1);
        double started = simulation.now();
        if (trace != null && started > since) {
            trace.span(SpanKind.POOL_WAIT, config.name(), op.name(), since, started, "");
        }
        simulation.after(op.latency().sample(op.stream()), queryLabel, () -> {
            if (trace != null) {
                trace.span(SpanKind.QUERY, config.name(), op.name(), started, simulation.now(), "");
            }
            latency.record(simulation.now() - since);
            count.increment();
            release();
            completion.done(true);
        });
    }

    private void release() {
        inUse--;
        busy.add(-1);
        Waiter next = waiting.pollFirst();
        if (next != null) {
            queue.add(-1);
            next.timeout.cancel();
            start(next.operation, next.since, next.completion, next.trace);
        }
    }

    private void giveUp(Waiter waiter) {
        if (waiting.remove(waiter)) {
            queue.add(-1);
            failures.increment();
            if (waiter.trace != null) {
                waiter.trace.span(SpanKind.POOL_WAIT, config.name(), waiter.operation.name(), waiter.since,
                        simulation.now(), "connection timeout");
            }
            waiter.completion.done(false);
        }
    }
}
