package io.cloudmart.sim.scenario.cli;

import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.bench.AllocatedBytes;
import io.cloudmart.sim.core.bench.MeasuredWindow;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * One replication of a scenario timed for the bench. Requests, events and wall time are all counted over
 * the measured window, from the end of warm-up to the end of the run: the client's request counter is reset
 * at the end of warm-up, so the events and the wall time are taken from there too ({@link MeasuredWindow}).
 */
final class ModelBench {
    /** The client counter of requests sent in the measured window. */
    static final String REQUESTS = "client.requests";

    /**
     * One measured replication.
     *
     * @param requests     client requests sent in the measured window
     * @param events       engine events executed in the window
     * @param wallSeconds  wall time of the window
     * @param warmupEvents events executed during warm-up (left out of the figures)
     * @param allEvents    events of the whole run (what the bench used to divide by {@code requests})
     * @param allocatedBytes heap bytes allocated in the window, or -1 when the JVM cannot tell
     */
    record Measurement(long requests, long events, double wallSeconds, long warmupEvents, long allEvents,
                       long allocatedBytes) {
        /** Heap bytes allocated per request in the window, or NaN when the JVM cannot tell. */
        double bytesPerRequest() {
            return allocatedBytes < 0 ? Double.NaN : (double) allocatedBytes / requests;
        }

        double eventsPerRequest() {
            return (double) events / requests;
        }

        double nanosPerEvent() {
            return wallSeconds * 1e9 / events;
        }

        double nanosPerRequest() {
            return wallSeconds * 1e9 / requests;
        }

        double simulatedRequestsPerSecond() {
            return requests / wallSeconds;
        }
    }

    private ModelBench() {
    }

    /** Runs replication 0 of {@code spec} once, on this thread. */
    static Measurement measure(ScenarioSpec spec) throws ScenarioException {
        Simulation simulation = new Simulation(ShopAssembler.settings(spec));
        MeasuredWindow window = MeasuredWindow.install(simulation); // before the shop: its mark runs first at warm-up's end
        ShopAssembler.shop(spec).assemble(simulation);
        ReplicationResult result = simulation.run();
        long end = System.nanoTime();
        long allocated = AllocatedBytes.total();
        if (!window.started()) {
            throw new ScenarioException(List.of(new Issue("bench", 0, 0, "",
                    spec.name() + " stopped at t = " + result.simulatedSeconds() + " s, before the end of its warm-up ("
                            + spec.warmupSeconds() + " s): there is nothing to measure")));
        }
        long requests = result.metrics().counter(REQUESTS);
        if (requests == 0) {
            throw new ScenarioException(List.of(new Issue("bench", 0, 0, "",
                    spec.name() + " sent no client requests after its warm-up: there is nothing to divide by")));
        }
        return new Measurement(requests, window.events(result), window.wallSeconds(end), window.warmupEvents(),
                result.events(), window.allocatedBytes(allocated));
    }
}
