package io.cloudmart.sim.model.finops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** EC2 per-second billing with a 60 s minimum, on AWS us-east-1 prices. */
class NodeBillingTest {
    private static final double EPS = 1e-12;
    private static final PriceBook AWS = PriceBook.awsUsEast1();

    private static Node m5(String name) {
        return AWS.node(name, "m5.large", PurchaseOption.onDemand());
    }

    @Test
    void threeM5LargeForTwoHoursCostThreeTimesTwoTimesTheHourlyPrice() {
        NodeBilling billing = new NodeBilling();
        for (String name : new String[] {"n1", "n2", "n3"}) {
            billing.start(m5(name), 0);
            billing.stop(name, 7200);
        }
        assertThat(billing.totalCost(7200)).isCloseTo(3 * 2 * 0.096, within(EPS)).isCloseTo(0.576, within(EPS));
        assertThat(billing.billedSeconds("n2", 7200)).isEqualTo(7200);
        assertThat(billing.cost("n1", 9999)).as("stopped nodes cost no more later").isCloseTo(0.192, within(EPS));
    }

    @Test
    void aNodeUpTwentySecondsBillsSixty() {
        NodeBilling billing = new NodeBilling();
        billing.start(m5("short"), 100);
        billing.stop("short", 120);
        assertThat(billing.billedSeconds("short", 500)).isEqualTo(60);
        assertThat(billing.cost("short", 500)).isCloseTo(60 / 3600.0 * 0.096, within(EPS));
    }

    @Test
    void aRunningNodeIsBilledUpToNowWithTheMinimum() {
        NodeBilling billing = new NodeBilling();
        billing.start(m5("n"), 10);
        assertThat(billing.billedSeconds("n", 30)).as("20 s up, still running").isEqualTo(60);
        assertThat(billing.billedSeconds("n", 3610)).isEqualTo(3600);
        assertThat(billing.billedSeconds("n", 5)).as("before its start").isZero();
        assertThat(billing.isRunning("n")).isTrue();
    }

    @Test
    void eachRunOfARestartedNodeHasItsOwnMinimum() {
        NodeBilling billing = new NodeBilling();
        billing.start(m5("n"), 0);
        billing.stop("n", 10);
        billing.start(m5("n"), 100);
        billing.stop("n", 400);
        assertThat(billing.billedSeconds("n", 1000)).isEqualTo(60 + 300);
        assertThat(billing.nodes()).extracting(Node::name).containsExactly("n");
    }

    @Test
    void burnRateIsTheSumOfTheRatesOfRunningNodes() {
        NodeBilling billing = new NodeBilling();
        billing.start(m5("a"), 0);
        billing.start(AWS.node("b", "c5.large", PurchaseOption.onDemand()), 0);
        billing.stop("b", 100);
        assertThat(billing.burnRatePerHour(50)).isCloseTo(0.096 + 0.085, within(EPS));
        assertThat(billing.burnRatePerHour(100)).isCloseTo(0.096, within(EPS));
    }

    @Test
    void misuseIsRejected() {
        NodeBilling billing = new NodeBilling();
        billing.start(m5("n"), 50);
        assertThatThrownBy(() -> billing.start(m5("n"), 60)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already running");
        assertThatThrownBy(() -> billing.stop("n", 10)).hasMessageContaining("before its start");
        assertThatThrownBy(() -> billing.stop("other", 60)).hasMessageContaining("unknown node other");
        assertThatThrownBy(() -> billing.start(AWS.node("n", "c5.large", PurchaseOption.onDemand()), 70))
                .hasMessageContaining("was started before as");
        billing.stop("n", 100);
        assertThatThrownBy(() -> billing.stop("n", 200)).hasMessageContaining("not running");
        assertThatThrownBy(() -> billing.start(m5("n"), 90)).hasMessageContaining("before its last stop");
        assertThatThrownBy(() -> billing.cost("n", -1)).hasMessageContaining(">= 0 s");
    }
}
