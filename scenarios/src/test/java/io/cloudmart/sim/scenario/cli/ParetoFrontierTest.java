package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParetoFrontierTest {
    @Test
    void keepsThePointsNoOtherBeatsOnBothCheapestFirst() {
        //             0    1    2    3    4
        double[] cost = {3, 1, 2, 2.5, 1};
        double[] lat = {10, 50, 30, 35, 60};
        // 3 is beaten by 2 (cheaper and faster); 4 by 1 (as cheap, faster)
        assertThat(ParetoFrontier.of(cost, lat)).containsExactly(1, 2, 0);
    }

    @Test
    void ofEqualPointsTheFirstIsKeptAndPointsWithoutAValueTakeNoPart() {
        double[] cost = {1, 1, Double.NaN, 0.5};
        double[] lat = {5, 5, 1, Double.NaN};
        assertThat(ParetoFrontier.of(cost, lat)).containsExactly(0);
    }

    @Test
    void aPointBestOnBothIsTheWholeFrontier() {
        assertThat(ParetoFrontier.of(new double[] {2, 1, 3}, new double[] {20, 10, 30})).containsExactly(1);
    }
}
