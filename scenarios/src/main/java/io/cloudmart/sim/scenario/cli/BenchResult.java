package io.cloudmart.sim.scenario.cli;

import java.util.List;

import io.cloudmart.sim.core.bench.EngineBenchmark;
import io.cloudmart.sim.core.bench.PieceBenchmark;
import io.cloudmart.sim.core.bench.RoundFigures;

/**
 * What one {@code cmsim bench} measured: the engine's M/M/1s against the hand-written heap, then the
 * shop scenarios; each timing is a median with its range over the measured rounds.
 *
 * @param customers         customers per engine round
 * @param warmupRounds      unmeasured engine rounds before the measured ones
 * @param engine            one entry per engine model, in {@link EngineBenchmark.Model} order
 * @param perEventRatio     engine / hand heap, ns per event, paired round by round (same round, one after the other)
 * @param perCustomerRatio  engine / hand heap, ns per customer, paired round by round
 * @param twoEventPerCustomerRatio the two-event engine M/M/1 / hand heap, ns per customer, paired round by round
 * @param pieces            the hot pieces timed alone
 * @param modelWarmupRounds unmeasured runs of each scenario before its measured ones
 * @param models            one entry per scenario
 * @param scaling           replications spread over the cores, or null when not measured
 */
record BenchResult(long customers, int warmupRounds, List<Engine> engine, RoundFigures perEventRatio,
                   RoundFigures perCustomerRatio, RoundFigures twoEventPerCustomerRatio, Pieces pieces, int modelWarmupRounds,
                   List<Model> models, Scaling scaling) {
    /** One engine M/M/1's figures; {@code events} is one round's (the same in every round). */
    record Engine(EngineBenchmark.Model model, long events, RoundFigures nanosPerEvent, RoundFigures nanosPerCustomer) {
    }

    /**
     * The hot pieces, over the engine's rounds.
     *
     * @param operations        events executed or values recorded per round
     * @param pending           events the hold model keeps pending
     * @param figures           ns per operation by piece name: the {@link PieceBenchmark.Piece}s, then the
     *                          {@link io.cloudmart.sim.model.bench.ModelPieceBenchmark.Piece}s, in their order
     * @param eventListRatio    engine / hand heap, ns per hold event, paired round by round
     */
    record Pieces(long operations, int pending, java.util.Map<String, RoundFigures> figures,
                  RoundFigures eventListRatio) {
    }

    /**
     * One scenario's figures over its measured window (after warm-up); counts are one round's (every round
     * runs the same seed, so the same events).
     */
    /**
     * Replications of one scenario on all cores.
     *
     * @param cores  the processors the JVM sees
     * @param points one per replication count, in the order asked for
     */
    record Scaling(String scenario, String settings, int cores, List<ScalingPoint> points) {
    }

    /**
     * Wall and process CPU time of {@code replications} replications, medians over the rounds.
     *
     * @param wallOverOne the median wall time over the median wall time of one replication (needs 1 among the counts),
     *                    else NaN
     * @param idealWallOverOne the same if the cores scaled perfectly: ceil(replications / cores)
     */
    record ScalingPoint(int replications, RoundFigures wallSeconds, RoundFigures cpuSeconds, double wallOverOne,
                        double idealWallOverOne) {
        double busyCores() {
            return cpuSeconds.median() / wallSeconds.median();
        }
    }

    record Model(String scenario, String settings, long requests, long events, long warmupEvents,
                 RoundFigures nanosPerEvent, RoundFigures nanosPerRequest, RoundFigures simulatedRequestsPerSecond,
                 RoundFigures bytesPerRequest) {
        double eventsPerRequest() {
            return (double) events / requests;
        }
    }
}
