package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.RandomStreams;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Determinism of every distribution: the numbers depend only on the stream passed in, so the same
 * seed gives the same samples and one distribution object can be shared by several streams.
 */
class DistributionDeterminismTest {
    private static final int DRAWS = 1_000;

    static Stream<Distribution> all() {
        return List.<Distribution>of(
                new Constant(0.1),
                new Exponential(0.1),
                new Uniform(0.05, 0.15),
                LogNormal.fromMedianAndP99(0.1, 1.0),
                new Erlang(3, 0.2),
                new Gamma(0.4, 0.2),
                new Gamma(3.5, 0.2),
                new Weibull(0.8, 0.2),
                new Empirical(new double[] {0.01, 0.02, 0.3})).stream();
    }

    @ParameterizedTest
    @MethodSource("all")
    void sameSeedGivesTheSameSamples(Distribution dist) {
        assertThat(draws(dist, stream(7L, "svc"))).containsExactly(draws(dist, stream(7L, "svc")));
    }

    @ParameterizedTest
    @MethodSource("all")
    void sharingOneDistributionBetweenStreamsChangesNothing(Distribution dist) {
        double[] aAlone = draws(dist, stream(7L, "a"));
        double[] bAlone = draws(dist, stream(7L, "b"));
        RandomStream a = stream(7L, "a");
        RandomStream b = stream(7L, "b");
        double[] aInterleaved = new double[DRAWS];
        double[] bInterleaved = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            aInterleaved[i] = dist.sample(a);
            bInterleaved[i] = dist.sample(b);
        }
        assertThat(aInterleaved).containsExactly(aAlone);
        assertThat(bInterleaved).containsExactly(bAlone);
    }

    private static RandomStream stream(long seed, String name) {
        return new RandomStreams(seed, 0).stream(name);
    }

    private static double[] draws(Distribution dist, RandomStream stream) {
        double[] xs = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            xs[i] = dist.sample(stream);
        }
        return xs;
    }
}
