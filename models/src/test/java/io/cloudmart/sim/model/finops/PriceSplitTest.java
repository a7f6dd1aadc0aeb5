package io.cloudmart.sim.model.finops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** OpenCost's split of a node price into CPU and RAM prices (domain facts 9.2). */
class PriceSplitTest {
    private static final double EPS = 1e-12;

    @Test
    void theDefaultRatioIsTheOpenCostDefaultPrices() {
        assertThat(PriceSplit.OPENCOST_DEFAULT.cpuToRamRatio()).isCloseTo(0.031611 / 0.004237, within(EPS))
                .isCloseTo(7.46, within(0.005));
    }

    @Test
    void m5LargeSanityCheck() {
        NodePrices prices = PriceSplit.OPENCOST_DEFAULT.split(0.096, 2, 8);
        double r = 0.031611 / 0.004237;
        assertThat(prices.ramPerGiBHour()).isCloseTo(0.096 / (2 * r + 8), within(EPS))
                .isCloseTo(0.00419, within(0.000005));
        assertThat(prices.cpuPerCoreHour()).isCloseTo(prices.ramPerGiBHour() * r, within(EPS))
                .isCloseTo(0.0312, within(0.00005));
        assertThat(prices.nodePerHour(2, 8)).as("CPU + RAM add up to the node").isCloseTo(0.096, within(EPS));
    }

    @Test
    void aNodePricedAtTheDefaultsSplitsBackIntoTheDefaults() {
        NodePrices prices = PriceSplit.OPENCOST_DEFAULT.split(4 * 0.031611 + 16 * 0.004237, 4, 16);
        assertThat(prices.cpuPerCoreHour()).isCloseTo(0.031611, within(EPS));
        assertThat(prices.ramPerGiBHour()).isCloseTo(0.004237, within(EPS));
    }

    @Test
    void pricesOfANodeUseItsRate() {
        Node spot = PriceBook.awsUsEast1().node("s", "r5.large", PurchaseOption.spotAtDiscount(0.5));
        NodePrices prices = PriceSplit.OPENCOST_DEFAULT.pricesOf(spot);
        assertThat(prices.nodePerHour(2, 16)).isCloseTo(0.063, within(EPS));
    }

    @Test
    void badDefaultsAreRejected() {
        assertThatThrownBy(() -> new PriceSplit(0.03, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("default RAM price");
        assertThatThrownBy(() -> new PriceSplit(-1, 0.004)).hasMessageContaining("default CPU price");
    }
}
