package io.cloudmart.sim.model.bench;

import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.bench.OperationTiming;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.RandomStreams;
import io.cloudmart.sim.model.gateway.ClientPopulation;
import io.cloudmart.sim.model.gateway.CounterStore;
import io.cloudmart.sim.model.gateway.RateLimitDecision;
import io.cloudmart.sim.model.gateway.RateLimitPeriod;
import io.cloudmart.sim.model.gateway.RateLimitingConfig;
import io.cloudmart.sim.model.gateway.RateLimitingPlugin;
import io.cloudmart.sim.model.gateway.RequestIdentity;
import io.cloudmart.sim.model.gateway.UtcClock;
import io.cloudmart.sim.model.service.ProcessorSharingPiece;
import io.cloudmart.sim.core.run.RunSettings;

/**
 * Hot pieces of the models timed alone, for {@code cmsim bench}'s pieces next to the engine's
 * ({@code io.cloudmart.sim.core.bench.PieceBenchmark}, which cannot see the models). The caller runs the
 * rounds (warm-up rounds, then measured ones in alternating order, medians); one {@link #run} is one round.
 *
 * <p>{@code rate-limit-check}: one gateway node's {@code rate-limiting} plugin ({@code local} policy,
 * {@code limit_by: consumer}, {@code second: 10, minute: 100}) deciding requests as the gateway asks it
 * ({@link RateLimitingPlugin#admit}), {@value #RATE_LIMIT_CONSUMERS} consumers drawn uniformly before the
 * clock starts, {@value #RATE_LIMIT_REQUESTS_PER_SECOND} requests per simulated second. Each consumer then
 * sends about two a second, so the minute's 100 run out late in most minutes and both answers are timed.
 *
 * <p>{@code processor-sharing}: {@link ProcessorSharingPiece}, {@value ProcessorSharingPiece#WORKERS} workers
 * sharing two cores in a closed loop; one operation is one burst (its start and its finish, each moving the
 * pending finish event, and the finish event itself), on a {@link Simulation} like a shop's.
 */
public final class ModelPieceBenchmark {
    /** The pieces timed. */
    public enum Piece {
        /** {@link RateLimitingPlugin#admit} on counters of two periods for a few hundred consumers. */
        RATE_LIMIT_CHECK("rate-limit-check"),
        /** {@link ProcessorSharingPiece}: a start and a finish of a burst on a processor-shared pod. */
        PROCESSOR_SHARING("processor-sharing");

        private final String id;

        Piece(String id) {
            this.id = id;
        }

        /** The name in the bench's output and JSON. */
        public String id() {
            return id;
        }
    }

    static final int RATE_LIMIT_CONSUMERS = 300;
    static final int RATE_LIMIT_REQUESTS_PER_SECOND = 600;
    /** Identities drawn ahead (a power of two, reused in turn), so the timed loop draws nothing. */
    private static final int IDENTITIES = 1 << 16;

    private ModelPieceBenchmark() {
    }

    /** Runs {@code piece} once over {@code operations} operations. */
    public static OperationTiming run(Piece piece, long operations, long seed) {
        if (operations < 1) {
            throw new IllegalArgumentException("operations must be >= 1, got " + operations);
        }
        return switch (piece) {
            case RATE_LIMIT_CHECK -> rateLimitCheck(operations, seed);
            case PROCESSOR_SHARING -> processorSharing(operations, seed);
        };
    }

    private static OperationTiming processorSharing(long operations, long seed) {
        // long enough for any number of bursts: the loop ends when the last one finishes
        Simulation simulation = new Simulation(new RunSettings("bench.ps", seed, 0, 1e12, 0, 1e12));
        ProcessorSharingPiece piece = ProcessorSharingPiece.install(simulation, simulation.stream("bench.work"), operations);
        long start = System.nanoTime();
        simulation.run();
        double wall = (System.nanoTime() - start) / 1e9;
        if (piece.finished() != operations) {
            throw new IllegalStateException("processor-sharing piece finished " + piece.finished() + " of " + operations);
        }
        return new OperationTiming(operations, wall);
    }

    private static OperationTiming rateLimitCheck(long operations, long seed) {
        ClientPopulation clients = ClientPopulation.consumersOnly(RATE_LIMIT_CONSUMERS);
        RandomStream picks = new RandomStreams(seed, 0).stream("bench.clients");
        RequestIdentity[] identities = new RequestIdentity[IDENTITIES];
        for (int i = 0; i < IDENTITIES; i++) {
            identities[i] = clients.pick(picks);
        }
        RateLimitingConfig config = RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 10L, RateLimitPeriod.MINUTE, 100L));
        RateLimitingPlugin plugin = new RateLimitingPlugin(config, new CounterStore("bench.shm"),
                new UtcClock(1_750_000_000L), "route");
        double step = 1.0 / RATE_LIMIT_REQUESTS_PER_SECOND;
        long allowed = 0;
        long rejected = 0;
        long start = System.nanoTime();
        for (long i = 0; i < operations; i++) {
            RateLimitDecision.Outcome outcome = plugin.admit(identities[(int) (i & (IDENTITIES - 1))], i * step);
            if (outcome == RateLimitDecision.Outcome.ALLOWED) {
                allowed++;
            } else {
                rejected++;
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new OperationTiming(allowed + rejected, wall);
    }
}
