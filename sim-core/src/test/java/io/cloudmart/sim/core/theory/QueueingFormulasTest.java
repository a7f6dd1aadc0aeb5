package io.cloudmart.sim.core.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QueueingFormulasTest {
    private static final double EPS = 1e-9;

    @Test
    void erlangCOfOneServerIsRho() {
        assertThat(QueueingFormulas.erlangC(1, 0.7)).isCloseTo(0.7, within(EPS));
    }

    /** Textbook value: c = 2, a = 1 → C = 1/3; M/M/2 with μ = 1, λ = 1 → W = 1/3 / 1 + 1 = 4/3. */
    @Test
    void erlangCMatchesHandComputedTwoServerCase() {
        assertThat(QueueingFormulas.erlangC(2, 1.0)).isCloseTo(1.0 / 3.0, within(EPS));
        assertThat(QueueingFormulas.mmcMeanSojourn(1.0, 1.0, 2)).isCloseTo(4.0 / 3.0, within(EPS));
    }

    @Test
    void mmcWithOneServerIsMm1() {
        assertThat(QueueingFormulas.mmcMeanSojourn(0.9, 1.0, 1)).isCloseTo(10.0, within(EPS));
    }

    @Test
    void pollaczekKhinchineGivesMm1AndMd1() {
        assertThat(QueueingFormulas.mg1MeanSojourn(0.5, 1.0, 1.0)).isCloseTo(2.0, within(EPS));   // M/M/1
        assertThat(QueueingFormulas.mg1MeanSojourn(0.5, 1.0, 0.0)).isCloseTo(1.5, within(EPS));   // M/D/1
    }

    @Test
    void unstableStationsAreRefused() {
        assertThatThrownBy(() -> QueueingFormulas.erlangC(2, 2.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueingFormulas.mg1MeanSojourn(1.0, 1.0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
