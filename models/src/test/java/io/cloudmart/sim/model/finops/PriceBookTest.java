package io.cloudmart.sim.model.finops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.model.cluster.InstanceType;
import io.cloudmart.sim.model.cluster.InstanceTypes;

/** Instance prices and purchase options (spot, reserved, savings plan). */
class PriceBookTest {
    private static final double EPS = 1e-12;
    private static final PriceBook AWS = PriceBook.awsUsEast1();

    @Test
    void theAwsBookHoldsTheUsEast1OnDemandPricesInUsd() {
        assertThat(AWS.currency().getCurrencyCode()).isEqualTo("USD");
        InstanceType m5 = AWS.type("m5.large");
        assertThat(List.of(m5.vcpu(), m5.memoryGiB(), m5.onDemandPricePerHour())).containsExactly(2, 8.0, 0.096);
        assertThat(AWS.type("c5.xlarge").onDemandPricePerHour()).isEqualTo(0.17);
        assertThat(AWS.type("g5.xlarge").onDemandPricePerHour()).isEqualTo(1.006);
        assertThat(AWS.types()).hasSize(20);
    }

    @Test
    void theAwsBookIsTheClusterTableItself() {
        // one declaration of sizes and prices: what the scheduler sizes a node by is what the bill prices it at
        assertThat(AWS.types()).isEqualTo(InstanceTypes.all());
        for (InstanceType type : InstanceTypes.all()) {
            assertThat(AWS.type(type.name())).isSameAs(type);
        }
    }

    @Test
    void spotByDiscountPaysTheRestOfOnDemand() {
        assertThat(AWS.hourlyRate("m5.large", PurchaseOption.spotAtDiscount(0.7))).isCloseTo(0.096 * 0.3, within(EPS));
        Node node = AWS.node("spot-1", "m5.large", PurchaseOption.spotAtDiscount(0.7));
        assertThat(node.hourlyRate()).isCloseTo(0.0288, within(EPS));
        assertThat(node.vcpu()).isEqualTo(2);
        assertThat(node.memoryGiB()).isEqualTo(8);
    }

    @Test
    void spotByPriceIgnoresOnDemand() {
        assertThat(AWS.hourlyRate("m5.large", PurchaseOption.spotAtPrice(0.0351))).isEqualTo(0.0351);
        assertThat(AWS.hourlyRate("c5.large", PurchaseOption.spotAtPrice(0.0351))).isEqualTo(0.0351);
    }

    @Test
    void reservedAndSavingsPlanAreDiscountsOffOnDemand() {
        assertThat(AWS.hourlyRate("m5.xlarge", PurchaseOption.reserved(0.4))).isCloseTo(0.192 * 0.6, within(EPS));
        assertThat(AWS.hourlyRate("m5.xlarge", PurchaseOption.savingsPlan(0.25))).isCloseTo(0.144, within(EPS));
        assertThat(AWS.hourlyRate("m5.xlarge", PurchaseOption.onDemand())).isEqualTo(0.192);
    }

    @Test
    void aSpotNodeIsBilledAtItsDiscountedRate() {
        NodeBilling billing = new NodeBilling();
        billing.start(AWS.node("spot", "m5.large", PurchaseOption.spotAtDiscount(0.75)), 0);
        assertThat(billing.cost("spot", 7200)).isCloseTo(2 * 0.024, within(EPS));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> PurchaseOption.spotAtDiscount(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SPOT discount must be a fraction in [0, 1)");
        assertThatThrownBy(() -> PurchaseOption.reserved(-0.1)).hasMessageContaining("RESERVED discount");
        assertThatThrownBy(() -> PurchaseOption.spotAtPrice(Double.NaN)).hasMessageContaining("spot price");
        assertThatThrownBy(() -> AWS.type("m99.huge")).hasMessageContaining("no instance type m99.huge");
        assertThatThrownBy(() -> new PriceBook(PriceBook.USD, List.of(new InstanceType("x", 1, 1, 1),
                new InstanceType("x", 2, 2, 2)))).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> new InstanceType("x", 0, 1, 1)).hasMessageContaining("vcpu must be > 0");
    }
}
