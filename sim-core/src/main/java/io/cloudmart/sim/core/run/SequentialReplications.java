package io.cloudmart.sim.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * Replicates until every watched figure meets a {@link RelativePrecision}, or a cap is reached (JMT's style: a
 * confidence target with a most-samples cap), and keeps exactly the replications that took.
 *
 * <p>The answer does not depend on the number of threads: replications run in batches as wide as the runner's
 * thread count (so every core is busy), but after each batch the target is checked at each replication count
 * in turn, n = previous + 1, previous + 2 …, on the first n replications; the first n that meets it is the answer
 * and the replications past it are dropped. Replication k always draws from the streams of (seed, k), so the
 * first n replications are the same numbers on 1 core or 8, and so is n. (On 8 cores up to 7 replications past
 * n may be run and thrown away; that is the price of keeping the cores busy.)
 */
public final class SequentialReplications {
    private final ReplicationRunner runner;
    private final RelativePrecision target;
    private final int minReplications;
    private final int maxReplications;

    /**
     * @param minReplications the count first checked (≥ 2: one replication has no half-width)
     * @param maxReplications the cap (≥ minReplications)
     */
    public SequentialReplications(ReplicationRunner runner, RelativePrecision target, int minReplications,
                                  int maxReplications) {
        if (minReplications < 2 || maxReplications < minReplications) {
            throw new IllegalArgumentException("need 2 <= min <= max replications, got " + minReplications + ", "
                    + maxReplications);
        }
        this.runner = runner;
        this.target = target;
        this.minReplications = minReplications;
        this.maxReplications = maxReplications;
    }

    /**
     * How it went.
     *
     * @param result       the first {@code replications} replications
     * @param met          true when every figure met the target at that count; false when the cap stopped it
     * @param replicationsRun replications simulated, those dropped past the answer included
     * @param figures      each figure's estimate at the answer, and whether it met the target
     */
    public record Outcome(ExperimentResult result, boolean met, int replicationsRun, List<FigureCheck> figures) {
        public Outcome {
            figures = List.copyOf(figures);
        }

        public int replications() {
            return result.replications().size();
        }
    }

    /** A figure at the answer: its estimate, the half-width it was allowed, and whether it met it. */
    public record FigureCheck(String name, Estimate estimate, double tolerance, boolean met) {
    }

    /**
     * Runs replications r, r+1 … (r = {@code base.replication()}) until the target is met or the cap is reached.
     *
     * @param figures the watched figures of a list of replications, in that order (called after each batch, on all
     *                the replications so far)
     * @param progress as {@link ReplicationRunner#run(RunSettings, int, ModelFactory, DoubleConsumer)}, per batch
     */
    public Outcome run(RunSettings base, ModelFactory factory,
                       Function<List<ReplicationResult>, List<PrecisionFigure>> figures, DoubleConsumer progress) {
        List<ReplicationResult> done = new ArrayList<>();
        double wall = 0;
        int checkedUpTo = minReplications - 1;
        while (true) {
            int batch = done.isEmpty() ? minReplications : Math.min(runner.threads(), maxReplications - done.size());
            ExperimentResult more = runner.run(base.forReplication(base.replication() + done.size()), batch, factory,
                    progress);
            done.addAll(more.replications());
            wall += more.wallSeconds();
            List<PrecisionFigure> values = figures.apply(done);
            for (int n = checkedUpTo + 1; n <= done.size(); n++) {
                if (allMet(values, n)) {
                    return outcome(done, n, true, wall, values);
                }
            }
            checkedUpTo = done.size();
            if (done.size() >= maxReplications) {
                return outcome(done, done.size(), false, wall, values);
            }
        }
    }

    private boolean allMet(List<PrecisionFigure> values, int n) {
        return values.stream().allMatch(f -> target.isMet(f.estimate(n), f.floor()));
    }

    private Outcome outcome(List<ReplicationResult> done, int n, boolean met, double wall, List<PrecisionFigure> values) {
        List<FigureCheck> checks = new ArrayList<>();
        for (PrecisionFigure f : values) {
            Estimate e = f.estimate(n);
            checks.add(new FigureCheck(f.name(), e, target.tolerance(e, f.floor()), target.isMet(e, f.floor())));
        }
        return new Outcome(new ExperimentResult(done.subList(0, n), wall), met, done.size(), checks);
    }
}
