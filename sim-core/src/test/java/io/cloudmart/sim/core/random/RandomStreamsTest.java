package io.cloudmart.sim.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {
    private static final long SEED = 42L;
    private static final int DRAWS = 100;

    @Test
    void sameSeedReplicationAndNameGiveTheSameSequence() {
        assertThat(draws(new RandomStreams(SEED, 2).stream("checkout.service")))
                .containsExactly(draws(new RandomStreams(SEED, 2).stream("checkout.service")));
    }

    @Test
    void anotherReplicationGivesAnotherSequence() {
        assertThat(draws(new RandomStreams(SEED, 0).stream("arrivals")))
                .isNotEqualTo(draws(new RandomStreams(SEED, 1).stream("arrivals")));
    }

    @Test
    void anotherNameGivesAnotherSequence() {
        RandomStreams streams = new RandomStreams(SEED, 0);
        assertThat(draws(streams.stream("arrivals"))).isNotEqualTo(draws(streams.stream("checkout.service")));
    }

    @Test
    void anotherSeedGivesAnotherSequence() {
        assertThat(draws(new RandomStreams(SEED, 0).stream("arrivals")))
                .isNotEqualTo(draws(new RandomStreams(SEED + 1, 0).stream("arrivals")));
    }

    @Test
    void aStreamDoesNotDependOnWhichStreamsWereCreatedOrUsedBefore() {
        double[] alone = draws(new RandomStreams(SEED, 0).stream("a"));

        RandomStreams crowded = new RandomStreams(SEED, 0);
        RandomStream b = crowded.stream("b");
        draws(b);
        crowded.stream("c");
        assertThat(draws(crowded.stream("a"))).containsExactly(alone);
    }

    @Test
    void askingAgainReturnsTheSameStreamWhichContinuesItsSequence() {
        RandomStreams streams = new RandomStreams(SEED, 0);
        RandomStream first = streams.stream("a");
        double x = first.nextDouble();
        RandomStream again = streams.stream("a");
        assertThat(again).isSameAs(first);
        assertThat(again.name()).isEqualTo("a");

        RandomStream fresh = new RandomStreams(SEED, 0).stream("a");
        assertThat(fresh.nextDouble()).isEqualTo(x);
        assertThat(again.nextDouble()).isEqualTo(fresh.nextDouble());
    }

    @Test
    void exposesItsSeedAndReplication() {
        RandomStreams streams = new RandomStreams(SEED, 5);
        assertThat(streams.seed()).isEqualTo(SEED);
        assertThat(streams.replication()).isEqualTo(5);
    }

    @Test
    void aStreamRefusesToBeReseeded() {
        RandomStream s = new RandomStreams(SEED, 0).stream("a");
        assertThatThrownBy(() -> s.setSeed(1L)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("'a'");
        assertThatThrownBy(() -> s.setSeed(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.setSeed(new int[] {1})).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void openDoublesLieStrictlyBetweenZeroAndOne() {
        RandomStream s = new RandomStreams(SEED, 0).stream("u");
        for (int i = 0; i < 100_000; i++) {
            double u = s.nextOpenDouble();
            if (!(u > 0.0 && u < 1.0)) {
                assertThat(u).as("draw %d", i).isStrictlyBetween(0.0, 1.0);
            }
        }
    }

    private static double[] draws(RandomStream stream) {
        double[] xs = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            xs[i] = stream.nextDouble();
        }
        return xs;
    }
}
