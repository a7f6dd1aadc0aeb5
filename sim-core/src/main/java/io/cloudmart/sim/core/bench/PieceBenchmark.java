package io.cloudmart.sim.core.bench;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.RandomStreams;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.Buckets;
import io.cloudmart.sim.core.stats.MetricRegistry;
import io.cloudmart.sim.core.stats.Tally;

/**
 * Hot pieces timed alone, with the engine bench's discipline (rounds in alternating order after warm-up
 * rounds, medians). The M/M/1 keeps at most three events pending; a shop keeps hundreds or thousands
 * (every request in flight, every timer), so the event list is also timed by the classic hold model:
 * {@code pending} events, each rescheduled an exponential time later when it fires, on our engine and on
 * the hand-written primitive heap. Histogram recording is timed as the shop records: a few dozen {@link Tally}s,
 * a third of them with a time series, interleaved record by record, fed latency-like values drawn before the
 * clock starts. One hot tally alone would keep its few hot counts in cache, which no shop does.
 */
public final class PieceBenchmark {
    /** The pieces timed. */
    public enum Piece {
        /** Hold model on {@link PrimitiveEventHeap}: push and pop per operation. */
        EVENT_LIST_HAND_HEAP("event-list-hand-heap"),
        /** Hold model on {@link Simulation}: one scheduled action executed per operation. */
        EVENT_LIST_ENGINE("event-list-engine"),
        /**
         * {@link Tally#record} into {@value #TALLIES} tallies interleaved (every third with a series), the clock
         * advancing {@value #SECONDS_PER_RECORD} s per record.
         */
        TALLY_RECORD("tally-record");

        private final String id;

        Piece(String id) {
            this.id = id;
        }

        /** The name in the bench's output and JSON. */
        public String id() {
            return id;
        }
    }

    private static final String HOLD_STREAM = "bench.hold";
    private static final int VALUES = 1 << 16;
    /** About as many latency tallies as {@code cloudmart} records into (services, endpoints, stores, journeys). */
    static final int TALLIES = 48;
    /** {@code cloudmart}'s pace: about 600 requests per simulated second, each recording about 11 latencies. */
    static final double SECONDS_PER_RECORD = 0.00015;
    /** The fastest and slowest tallies' mean latencies, seconds: a cache hit to a checkout. */
    private static final double FASTEST_MEAN = 0.0002;
    private static final double SLOWEST_MEAN = 0.030;

    private PieceBenchmark() {
    }

    /**
     * Runs {@code piece} once.
     *
     * @param operations events to execute (the event lists) or values to record (the tally)
     * @param pending    events kept pending by the hold model (ignored by the tally)
     */
    public static OperationTiming run(Piece piece, long operations, int pending, long seed) {
        if (operations < 1 || pending < 1) {
            throw new IllegalArgumentException("operations and pending must be >= 1");
        }
        return switch (piece) {
            case EVENT_LIST_HAND_HEAP -> heapHold(operations, pending, seed);
            case EVENT_LIST_ENGINE -> engineHold(operations, pending, seed);
            case TALLY_RECORD -> tally(operations, seed);
        };
    }

    private static OperationTiming heapHold(long operations, int pending, long seed) {
        RandomStream holds = new RandomStreams(seed, 0).stream(HOLD_STREAM);
        PrimitiveEventHeap heap = new PrimitiveEventHeap();
        long scheduled = 0;
        for (; scheduled < Math.min(pending, operations); scheduled++) {
            heap.push(HandHeapMM1.exp(holds, 1.0), (byte) 0);
        }
        long executed = 0;
        long start = System.nanoTime();
        while (!heap.isEmpty()) {
            double now = heap.firstTime();
            heap.removeFirst();
            executed++;
            if (scheduled < operations) {
                heap.push(now + HandHeapMM1.exp(holds, 1.0), (byte) 0);
                scheduled++;
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new OperationTiming(executed, wall);
    }

    private static OperationTiming engineHold(long operations, int pending, long seed) {
        // the clock advances about `pending` events per simulated second: this horizon is never reached
        double horizon = 10.0 * operations / pending + 1_000;
        Simulation simulation = new Simulation(new RunSettings("bench-hold", seed, 0, horizon, 0, horizon));
        Hold hold = new Hold(simulation, operations, pending);
        ReplicationResult result = simulation.run();
        if (hold.executed != operations) {
            throw new IllegalStateException("hold model executed " + hold.executed + " of " + operations + " events");
        }
        return new OperationTiming(hold.executed, result.wallSeconds());
    }

    /** The hold model on the engine; its count leaves out the engine's own bookkeeping events. */
    private static final class Hold {
        private final Simulation simulation;
        private final RandomStream holds;
        private final long operations;
        private final Runnable fire = this::fire;
        private long scheduled;
        private long executed;

        Hold(Simulation simulation, long operations, int pending) {
            this.simulation = simulation;
            this.holds = simulation.stream(HOLD_STREAM);
            this.operations = operations;
            for (; scheduled < Math.min(pending, operations); scheduled++) {
                simulation.after(HandHeapMM1.exp(holds, 1.0), "hold", fire);
            }
        }

        private void fire() {
            executed++;
            if (scheduled < operations) {
                simulation.after(HandHeapMM1.exp(holds, 1.0), "hold", fire);
                scheduled++;
            }
        }
    }

    private static OperationTiming tally(long operations, long seed) {
        RandomStreams streams = new RandomStreams(seed, 0);
        double[] means = new double[TALLIES];
        double[] cumulativeWeights = new double[TALLIES];
        double weights = 0;
        for (int t = 0; t < TALLIES; t++) {
            // means spread evenly on a log scale, in an order unrelated to how often a tally records
            double spread = (t * 0.6180339887498949) % 1.0;
            means[t] = FASTEST_MEAN * Math.pow(SLOWEST_MEAN / FASTEST_MEAN, spread);
            weights += 1.0 / (t + 1); // a few tallies (the gateway, the busiest service) take most records
            cumulativeWeights[t] = weights;
        }
        RandomStream picks = streams.stream("bench.tally");
        RandomStream latencies = streams.stream("bench.latency");
        byte[] tallyOf = new byte[VALUES];
        double[] values = new double[VALUES];
        for (int i = 0; i < VALUES; i++) {
            double u = picks.nextDouble() * weights;
            int t = 0;
            while (t < TALLIES - 1 && u >= cumulativeWeights[t]) {
                t++;
            }
            tallyOf[i] = (byte) t;
            values[i] = HandHeapMM1.exp(latencies, means[t]);
        }
        double[] now = {0};
        MetricRegistry registry = new MetricRegistry(() -> now[0],
                Buckets.forRun(operations * SECONDS_PER_RECORD + 1, Buckets.DEFAULT_WIDTH_SECONDS));
        Tally[] tallies = new Tally[TALLIES];
        for (int t = 0; t < TALLIES; t++) {
            tallies[t] = registry.tally("bench.latency." + t, t % 3 == 0);
        }
        long start = System.nanoTime();
        for (long i = 0; i < operations; i++) {
            now[0] = i * SECONDS_PER_RECORD;
            int v = (int) (i & (VALUES - 1));
            tallies[tallyOf[v]].record(values[v]);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long recorded = 0;
        for (Tally tally : tallies) {
            recorded += tally.count();
        }
        return new OperationTiming(recorded, wall);
    }
}
