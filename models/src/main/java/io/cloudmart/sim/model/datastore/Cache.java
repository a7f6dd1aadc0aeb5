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
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final Tally latency;
    private final Counter hits;
    private final Counter misses;
    private final Counter commands;
    private final TimeWeighted waiting;
    private boolean serving;
    private boolean available = true;

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
        command(() -> {
            (hit ? hits : misses).increment();
            result.accept(hit);
        });
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
        commands.increment();
        double rtt = config.roundTrip().sample(roundTrips);
        double sent = simulation.now();
        // half the round trip to reach the server, half to come back
        simulation.after(rtt / 2, "cache request " + config.name(), () -> enqueue(() ->
                simulation.after(rtt / 2, "cache reply " + config.name(), () -> {
                    latency.record(simulation.now() - sent);
                    done.run();
                })));
    }

    private void enqueue(Runnable command) {
        if (serving) {
            queue.addLast(command);
            waiting.add(1);
            return;
        }
        serve(command);
    }

    private void serve(Runnable command) {
        serving = true;
        simulation.after(config.commandTime().sample(commandTimes), "cache command " + config.name(), () -> {
            command.run();
            Runnable next = queue.pollFirst();
            if (next == null) {
                serving = false;
            } else {
                waiting.add(-1);
                serve(next);
            }
        });
    }
}
