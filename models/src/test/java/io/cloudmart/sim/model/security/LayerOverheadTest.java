package io.cloudmart.sim.model.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The arithmetic from a layer's calls to latency and CPU per request, cores and money, worked out by hand. */
class LayerOverheadTest {
    private static final double EPS = 1e-12;

    /** 1,000 decisions of 1 ms and 0.2 ms CPU each, for 800 requests over 100 s, at 0.04 per core-hour. */
    private static final LayerOverhead OPA = LayerOverhead.ofCalls(SecurityLayer.OPA, 1000, 1e-3, 0.2e-3);

    @Test
    void perCallAndPerRequestFiguresDivideTheSums() {
        assertThat(OPA.latencySeconds()).isCloseTo(1.0, within(EPS));
        assertThat(OPA.cpuSeconds()).isCloseTo(0.2, within(EPS));
        assertThat(OPA.latencyPerCallSeconds()).isCloseTo(1e-3, within(EPS));
        assertThat(OPA.cpuPerCallSeconds()).isCloseTo(0.2e-3, within(EPS));
        assertThat(OPA.callsPerRequest(800)).isCloseTo(1.25, within(EPS));
        assertThat(OPA.latencyPerRequestSeconds(800)).isCloseTo(1.25e-3, within(EPS));
        assertThat(OPA.cpuPerRequestSeconds(800)).isCloseTo(0.25e-3, within(EPS));
    }

    @Test
    void cpuSpreadOverTheRunIsCoresAndCoresArePricedByTheHour() {
        // 0.2 core-seconds in 100 s: 0.002 cores; × 730 h × 0.04 = 0.0584 a month
        assertThat(OPA.cores(100)).isCloseTo(0.002, within(EPS));
        assertThat(OPA.costPerMonth(100, 0.04)).isCloseTo(0.0584, within(EPS));
        // a million requests use 1e6 × 0.25 ms = 250 core-seconds = 250 / 3600 core-hours
        assertThat(OPA.costPerMillionRequests(800, 0.04)).isCloseTo(250.0 / 3600 * 0.04, within(EPS));
        assertThat(LayerOverhead.HOURS_PER_MONTH).isEqualTo(730.0);
    }

    @Test
    void aLayerWithoutCallsHasNoPerCallFigureAndCostsNothing() {
        LayerOverhead none = LayerOverhead.absent(SecurityLayer.MTLS);
        assertThat(none.enabled()).isFalse();
        assertThat(none.latencyPerCallSeconds()).isNaN();
        assertThat(none.latencyPerRequestSeconds(10)).isZero();
        assertThat(none.costPerMonth(60, 0.03)).isZero();
        assertThat(none.callsPerRequest(0)).isNaN();
        assertThat(none.cores(0)).isNaN();
    }

    @Test
    void negativeOrInfiniteAmountsAreRefused() {
        assertThatThrownBy(() -> new LayerOverhead(SecurityLayer.JWT, true, -1, 0, 0)).hasMessageContaining("calls");
        assertThatThrownBy(() -> new LayerOverhead(SecurityLayer.JWT, true, 1, Double.POSITIVE_INFINITY, 0))
                .hasMessageContaining("latency");
        assertThatThrownBy(() -> new LayerOverhead(SecurityLayer.JWT, true, 1, 0, Double.NaN)).hasMessageContaining("CPU");
        assertThatThrownBy(() -> new LayerOverhead(null, true, 1, 0, 0)).hasMessageContaining("layer");
    }
}
