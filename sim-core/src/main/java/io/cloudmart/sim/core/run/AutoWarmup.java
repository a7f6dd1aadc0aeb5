package io.cloudmart.sim.core.run;

import java.util.function.DoubleConsumer;

import io.cloudmart.sim.core.stats.Mser5;
import io.cloudmart.sim.core.stats.TimeSeries;

/**
 * {@code warmup: auto}: the warm-up cut chosen by {@link Mser5} from a pilot run.
 *
 * <p>Why a pilot: what a replication measures after its warm-up (means, and percentiles from its histograms) is
 * reset once, at the warm-up's end, during the run; percentiles cannot be re-derived afterwards from the
 * per-bucket series without keeping every observation. So the replications first run without a warm-up, with
 * buckets of {@value #OBSERVATION_SECONDS} s (widened as every series is, for runs longer than
 * {@link io.cloudmart.sim.core.stats.Buckets#MAX_BUCKETS} of them); MSER-5 reads the mean over those
 * replications of the per-bucket mean latency; then the run is made again with the cut as its warm-up. That
 * doubles the time, never the memory (bounded series, no per-request storage). A bucket in which nothing was
 * answered has no latency and is left out of the series, so a cut always falls on the start of a bucket that
 * had observations.
 */
public final class AutoWarmup {
    /** Width of an observation of the pilot's series, seconds: the per-second latency. */
    public static final double OBSERVATION_SECONDS = 1.0;

    private AutoWarmup() {
    }

    /**
     * The choice.
     *
     * @param cutSeconds         the warm-up to use, seconds (0 when MSER-5 cut nothing or could not judge)
     * @param cut                MSER-5's cut, in observations and batches
     * @param observationSeconds width of one observation (bucket), seconds
     * @param observations       observations MSER-5 read (buckets with answers)
     * @param pilotReplications  replications of the pilot whose series were averaged
     * @param series             the series and column read, e.g. {@code client.latency mean}
     */
    public record Choice(double cutSeconds, Mser5.Cut cut, double observationSeconds, int observations,
                         int pilotReplications, String series) {
    }

    /**
     * Runs the pilot (replications r … r + n − 1 of {@code base} without warm-up) and chooses the cut from the mean
     * over them of tally {@code latencyKey}'s per-bucket mean.
     */
    public static Choice choose(ReplicationRunner runner, RunSettings base, int replications, ModelFactory factory,
                                String latencyKey, DoubleConsumer progress) {
        RunSettings pilot = new RunSettings(base.label(), base.seed(), base.replication(), base.durationSeconds(), 0,
                OBSERVATION_SECONDS);
        ExperimentResult result = runner.run(pilot, replications, factory, progress);
        return fromSeries(result.meanSeries(latencyKey), replications);
    }

    /** The cut MSER-5 finds in the {@code mean} column of {@code latency}, a duration series. */
    public static Choice fromSeries(TimeSeries latency, int pilotReplications) {
        double[] all = latency.column("mean");
        int[] bucketOf = new int[all.length];
        double[] kept = new double[all.length];
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (!Double.isNaN(all[i])) {
                bucketOf[n] = i;
                kept[n++] = all[i];
            }
        }
        Mser5.Cut cut = Mser5.cut(java.util.Arrays.copyOf(kept, n));
        double cutSeconds = cut.observations() == 0 ? 0 : latency.buckets().start(bucketOf[cut.observations()]);
        return new Choice(cutSeconds, cut, latency.buckets().widthSeconds(), n, pilotReplications,
                latency.key() + " mean");
    }
}
