package io.cloudmart.sim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoundFiguresTest {
    @Test
    void oddRoundsTakeTheMiddleOneAndKeepTheRange() {
        assertThat(RoundFigures.of(new double[] {5, 1, 9, 3, 7})).isEqualTo(new RoundFigures(5, 5, 1, 9));
    }

    @Test
    void evenRoundsAverageTheTwoMiddleOnes() {
        assertThat(RoundFigures.of(new double[] {4, 1, 2, 10})).isEqualTo(new RoundFigures(4, 3, 1, 10));
    }

    @Test
    void noRoundsIsRefused() {
        assertThatThrownBy(() -> RoundFigures.of(new double[0])).hasMessageContaining("no measured rounds");
    }
}
