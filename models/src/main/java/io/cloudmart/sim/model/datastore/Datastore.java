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

    /** Called when an operation has finished: true if it ran, false if it timed out waiting. */
    @FunctionalInterface
    public interface Completion {
        void done(boolean ok);
    }

    private record Operation(Distribution latency, RandomStream stream) {
    }

    private final class Waiter {
        final double since = simulation.now();
        final Operation operation;
        final Completion completion;
        EventHandle timeout;

        Waiter(Operation operation, Completion completion) {
            this.operation = operation;
            this.completion = completion;
        }
    }

    public Datastore(DatastoreConfig config, Simulation simulation) {
        this.config = config;
        this.simulation = simulation;
        config.operations().forEach((name, dist) ->
                operations.put(name, new Operation(dist, simulation.stream(key(name + ".latency")))));
        var metrics = simulation.metrics();
        latency = metrics.tally(key("latency"), true);
        count = metrics.counter(key("operations"), true);
        failures = metrics.counter(key("failures"), false);
        busy = metrics.level(key("busyConnections"), 0, true);
        queue = metrics.level(key("waiting"), 0, true);
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
        Operation op = operations.get(operation);
        if (op == null) {
            throw new IllegalArgumentException("datastore " + config.name() + " has no operation " + operation);
        }
        if (inUse < config.maxConnections()) {
            start(op, simulation.now(), completion);
            return;
        }
        Waiter waiter = new Waiter(op, completion);
        waiter.timeout = simulation.after(config.connectionTimeout(), "connection timeout " + config.name(),
                () -> giveUp(waiter));
        waiting.addLast(waiter);
        queue.add(1);
    }

    private void start(Operation op, double since, Completion completion) {
        inUse++;
        busy.add(1);
        simulation.after(op.latency().sample(op.stream()), "query " + config.name(), () -> {
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
            start(next.operation, next.since, next.completion);
        }
    }

    private void giveUp(Waiter waiter) {
        if (waiting.remove(waiter)) {
            queue.add(-1);
            failures.increment();
            waiter.completion.done(false);
        }
    }
}
