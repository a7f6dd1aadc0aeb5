package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstantTest {

    @Test
    void everySampleIsTheValueAndTheMomentsAreExact() {
        Constant c = new Constant(0.1);
        RandomStream stream = SampleCheck.stream("constant");
        for (int i = 0; i < 1_000; i++) {
            assertThat(c.sample(stream)).isEqualTo(0.1);
        }
        assertThat(c.value()).isEqualTo(0.1);
        assertThat(c.mean()).isEqualTo(0.1);
        assertThat(c.variance()).isZero();
        assertThat(c.scv()).isZero();
    }

    @Test
    void doesNotConsumeTheStream() {
        RandomStream used = new RandomStreams(1L, 0).stream("s");
        RandomStream fresh = new RandomStreams(1L, 0).stream("s");
        new Constant(2.0).sample(used);
        assertThat(used.nextLong()).isEqualTo(fresh.nextLong());
    }

    @Test
    void zeroIsAllowedAndHasZeroScv() {
        Constant zero = new Constant(0.0);
        assertThat(zero.sample(SampleCheck.stream("zero"))).isZero();
        assertThat(zero.scv()).as("0/0 must not leak out as NaN").isZero();
    }

    @Test
    void describesItself() {
        assertThat(new Constant(0.1).describe()).isEqualTo("constant(value=0.1)");
        assertThat(new Constant(0.0).describe()).isEqualTo("constant(value=0)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-9, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNegativeOrNonFiniteValue(double value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Constant(value))
                .withMessageContaining("constant value").withMessageContaining(">= 0");
    }
}
