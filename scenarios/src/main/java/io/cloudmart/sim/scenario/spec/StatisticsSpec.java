package io.cloudmart.sim.scenario.spec;

/**
 * How a run makes its statistics trustworthy: the warm-up chosen by MSER-5 ({@code warmup: auto}), and replicating
 * until the headline figures are precise enough ({@code precision}, up to {@code maxReplications}).
 *
 * @param warmupAuto      {@code warmup: auto}: the cut is chosen by MSER-5 from a pilot run; until then the
 *                        scenario's {@code warmupSeconds} is 0
 * @param precision       the largest 95% half-width of every headline figure as a share of its mean, in (0, 1);
 *                        null to run exactly {@code replications}
 * @param maxReplications the most replications {@code precision} may take ({@code >= replications})
 */
public record StatisticsSpec(boolean warmupAuto, Double precision, int maxReplications) {
    /**
     * [CHOICE] The default cap of {@code precision}. JMT stops a simulation at its "max samples" when the confidence
     * target is not met; here the samples are replications. At 50 replications a half-width is about 1/7 of one
     * replication's spread (t ≈ 2.01, 2.01/√50 ≈ 0.28 standard deviations): a figure still outside the target
     * there varies too much from one replication to the next for more of them to be the remedy (a rare-event
     * share; a longer run is), and 50 bounds the wait to 50 runs.
     */
    public static final int DEFAULT_MAX_REPLICATIONS = 50;
    /**
     * [CHOICE] The fewest replications {@code precision} checks (a smaller {@code replications} is raised to it):
     * the spread of two or three replications is itself too uncertain to stop on (with 2, a chance near-tie of
     * the two values "meets" any target). Law (Simulation Modeling and Analysis) advises starting the sequential
     * procedure from 10 or more; 5 keeps a slow scenario's wait shorter, and a learner who wants Law's start
     * writes {@code replications: 10}.
     */
    public static final int MIN_REPLICATIONS = 5;
    /** No auto warm-up, no precision target. */
    public static final StatisticsSpec NONE = new StatisticsSpec(false, null, DEFAULT_MAX_REPLICATIONS);

    public StatisticsSpec {
        if (precision != null && !(precision > 0 && precision < 1)) {
            throw new IllegalArgumentException("precision must be in (0, 1), got " + precision);
        }
        if (maxReplications < 1) {
            throw new IllegalArgumentException("maxReplications must be >= 1, got " + maxReplications);
        }
    }

    /** True when the run replicates until {@link #precision} is met. */
    public boolean hasPrecision() {
        return precision != null;
    }
}
