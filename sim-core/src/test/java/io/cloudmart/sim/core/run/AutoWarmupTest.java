package io.cloudmart.sim.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.stats.Buckets;
import io.cloudmart.sim.core.stats.TimeSeries;

class AutoWarmupTest {
    /**
     * 41 one-second buckets: nothing answered in the first, then 5 s at 10 and 35 s at 1 ± 0.1. The 40 observations
     * make 8 batches; MSER-5 cuts the first batch (5 observations), and the cut is the start of the bucket of the
     * first observation kept: bucket 6, at 6 s (the empty bucket 0 is not an observation).
     */
    @Test
    void theCutIsTheStartOfTheFirstKeptBucketWithAnswers() {
        double[] mean = new double[41];
        mean[0] = Double.NaN;
        for (int i = 1; i < mean.length; i++) {
            mean[i] = i <= 5 ? 10 : 1 + (i % 2 == 0 ? 0.1 : -0.1);
        }
        TimeSeries latency = new TimeSeries("client.latency", TimeSeries.Kind.DURATION, Buckets.forRun(41, 1.0),
                Map.of("mean", mean));
        AutoWarmup.Choice choice = AutoWarmup.fromSeries(latency, 3);
        assertThat(choice.observations()).isEqualTo(40);
        assertThat(choice.cut().batches()).isEqualTo(1);
        assertThat(choice.cutSeconds()).isEqualTo(6.0);
        assertThat(choice.observationSeconds()).isEqualTo(1.0);
        assertThat(choice.series()).isEqualTo("client.latency mean");
    }

    /** A level from the start: nothing to cut. */
    @Test
    void aSeriesWithoutTransientIsNotCut() {
        double[] mean = new double[100];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = 1 + (i % 2 == 0 ? 0.1 : -0.1);
        }
        TimeSeries latency = new TimeSeries("client.latency", TimeSeries.Kind.DURATION, Buckets.forRun(100, 1.0),
                Map.of("mean", mean));
        assertThat(AutoWarmup.fromSeries(latency, 1).cutSeconds()).isZero();
    }
}
