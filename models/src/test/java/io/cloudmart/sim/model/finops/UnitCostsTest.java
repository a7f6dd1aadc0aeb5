package io.cloudmart.sim.model.finops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Cost per 1,000 requests and per 1,000 committed orders. */
class UnitCostsTest {
    @Test
    void costPerThousand() {
        UnitCosts units = new UnitCosts(0.576, 144_000, 1_200);
        assertThat(units.perThousandRequests().getAsDouble()).isCloseTo(0.004, within(1e-15));
        assertThat(units.perThousandCommittedOrders().getAsDouble()).isCloseTo(0.48, within(1e-15));
    }

    @Test
    void zeroCountsHaveNoUnitCost() {
        UnitCosts units = new UnitCosts(1.5, 0, 0);
        assertThat(units.perThousandRequests()).isEmpty();
        assertThat(units.perThousandCommittedOrders()).isEmpty();
    }

    @Test
    void negativeInputIsRejected() {
        assertThatThrownBy(() -> new UnitCosts(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitCosts(1, -1, 1)).hasMessageContaining("counts must be >= 0");
    }
}
