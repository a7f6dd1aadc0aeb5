package io.cloudmart.sim.model.datastore;

import java.util.ArrayDeque;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.core.stats.TimeWeighted;

/**
 * A Redis-like cache used cache-aside: {@code get} answers hit or miss; on a miss the caller
 * reads the database and then calls {@code set}. Each command costs a network round trip plus
 * its turn on the single-threaded server (an M/G/1 queue), so a cache can saturate too.
 *
 * <p>Whether a {@code get} hits is decided by the caller's hit ratio (it depends on which keys an
 * endpoint reads); while the cache is down ({@link #setAvailable}) every command fails fast and
 * every read is a miss. Metrics under {@code cache.<name>.}: {@code latency} (tally, series),
 * {@code hits}, {@code misses} (counters, series), {@code queue} (level).
 */
public final class Cache {
    private final CacheConfig config;
    private final Simulation simulation;
    private final RandomStream roundTrips;
    private final RandomStream commandTimes;
    private final RandomStream hitDraws;
    private final ArrayDeque<Command> queue = new ArrayDeque<>();
    private final Tally latency;
    private final Counter hits;
    private final Counter misses;
    private final Counter commands;
    private final TimeWeighted waiting;
    /** The command on the server now, or null when it is idle; one at a time, as Redis runs commands. */
    private Command inService;
    /** Ends the service of {@link #inService}; one instance, as only one command is served at a time. */
    private final Runnable serviceEnd = this::endService;
    private boolean available = true;
    // event labels, built once: a label per event would be built millions of times
    private final String requestLabel;
    private final String replyLabel;
    private final String commandLabel;

    public Cache(CacheConfig config, Simulation simulation) {
        this.config = config;
        this.simulation = simulation;
        String prefix = metricKey(config.name(), "");
        roundTrips = simulation.stream(prefix + "roundTrip");
        commandTimes = simulation.stream(prefix + "commandTime");
        hitDraws = simulation.stream(prefix + "hits");
        latency = simulation.metrics().tally(prefix + "latency", true);
        hits = simulation.metrics().counter(prefix + "hits", true);
        misses = simulation.metrics().counter(prefix + "misses", true);
        commands = simulation.metrics().counter(prefix + "commands", false);
        waiting = simulation.metrics().level(prefix + "queue", 0, false);
        requestLabel = "cache request " + config.name();
        replyLabel = "cache reply " + config.name();
        commandLabel = "cache command " + config.name();
    }

    /** The metric key of {@code metric} for cache {@code cache}. */
    public static String metricKey(String cache, String metric) {
        return "cache." + cache + "." + metric;
    }

    /** hits / (hits + misses) of cache {@code cache} in a finished run, NaN when nothing was read. */
    public static double hitRatio(io.cloudmart.sim.core.stats.MetricsSnapshot metrics, String cache) {
        double reads = metrics.counter(metricKey(cache, "hits")) + metrics.counter(metricKey(cache, "misses"));
        return reads == 0 ? Double.NaN : metrics.counter(metricKey(cache, "hits")) / reads;
    }

    public String name() {
        return config.name();
    }

    /** Takes the cache down (false) or brings it back (true), e.g. for a Redis outage. */
    public void setAvailable(boolean available) {
        this.available = available;
    }

    /** False while taken down by {@link #setAvailable} or during one of the configured outages. */
    public boolean isAvailable() {
        return available && !io.cloudmart.sim.model.service.Outage.anyCovers(config.outages(), simulation.now());
    }

    /** Reads a key that is cached with probability {@code hitRatio}; {@code result} gets hit or miss. */
    public void get(double hitRatio, java.util.function.Consumer<Boolean> result) {
        if (!isAvailable()) {
            misses.increment();
            result.accept(false);
            return;
        }
        boolean hit = hitDraws.nextDouble() < hitRatio;
        send(new Command(null, result, hit));
    }

    /** Writes a key (after a miss was read from the database); does nothing while the cache is down. */
    public void set(Runnable done) {
        if (!isAvailable()) {
            done.run();
            return;
        }
        command(done);
    }

    /** Any other command (e.g. a shared rate-limit counter's INCR); fails fast while down. */
    public void command(Runnable done) {
        send(new Command(done, null, false));
    }

    private void send(Command command) {
        commands.increment();
        command.halfTrip = config.roundTrip().sample(roundTrips) / 2;
        command.sent = simulation.now();
        // half the round trip to reach the server, half to come back
        simulation.after(command.halfTrip, requestLabel, command);
    }

    private void enqueue(Command command) {
        if (inService != null) {
            queue.addLast(command);
            waiting.add(1);
            return;
        }
        serve(command);
    }

    private void serve(Command command) {
        inService = command;
        simulation.after(config.commandTime().sample(commandTimes), commandLabel, serviceEnd);
    }

    private void endService() {
        Command served = inService;
        served.served = true;
        simulation.after(served.halfTrip, replyLabel, served);
        Command next = queue.pollFirst();
        if (next == null) {
            inService = null;
        } else {
            waiting.add(-1);
            serve(next);
        }
    }

    /**
     * One command on its way: one object for its trip to the server and back, instead of a closure per step.
     * As an event action it first reaches the server, then (once served) reaches the caller again.
     */
    private final class Command implements Runnable {
        /** What a write or other command runs when the reply arrives; null for a read. */
        private final Runnable done;
        /** Who learns a read's hit or miss when the reply arrives; null for other commands. */
        private final java.util.function.Consumer<Boolean> result;
        private final boolean hit;
        private double halfTrip;
        private double sent;
        private boolean served;

        Command(Runnable done, java.util.function.Consumer<Boolean> result, boolean hit) {
            this.done = done;
            this.result = result;
            this.hit = hit;
        }

        @Override
        public void run() {
            if (!served) {
                enqueue(this);
                return;
            }
            latency.record(simulation.now() - sent);
            if (result == null) {
                done.run();
            } else {
                (hit ? hits : misses).increment();
                result.accept(hit);
            }
        }
    }
}
