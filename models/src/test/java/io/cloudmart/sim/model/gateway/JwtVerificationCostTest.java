package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** JWT CPU cost against the {@code openssl speed} figures of domain-facts §10.2. */
class JwtVerificationCostTest {
    /** One microsecond: the figures are rounded to about that. */
    private static final double MICRO = 1e-6;

    @Test
    void signatureCostsMatchTheMeasuredOpensslRates() {
        assertThat(JwtAlgorithm.RS256.verifySeconds()).isCloseTo(1.0 / 47_344, within(MICRO));
        assertThat(JwtAlgorithm.ES256.verifySeconds()).isCloseTo(1.0 / 11_451, within(MICRO));
        assertThat(JwtAlgorithm.EDDSA.verifySeconds()).isCloseTo(1.0 / 6_433, within(MICRO));
        assertThat(JwtAlgorithm.HS256.verifySeconds()).isCloseTo(1.0 / 1.5e6, within(MICRO));
    }

    @Test
    void asymmetricVerificationCostsMoreThanHmac() {
        JwtVerificationCost cost = JwtVerificationCost.defaults();
        assertThat(cost.cpuSeconds(JwtAlgorithm.RS256)).isGreaterThan(cost.cpuSeconds(JwtAlgorithm.HS256));
        assertThat(cost.cpuSeconds(JwtAlgorithm.HS256)).isLessThan(cost.cpuSeconds(JwtAlgorithm.HS512));
        assertThat(cost.cpuSeconds(JwtAlgorithm.ES256)).as("P-256 verify is slower than RSA verify")
                .isGreaterThan(cost.cpuSeconds(JwtAlgorithm.RS256));
        assertThat(cost.cpuSeconds(JwtAlgorithm.EDDSA)).isGreaterThan(cost.cpuSeconds(JwtAlgorithm.ES256));
    }

    @Test
    void totalIsParsePlusSignature() {
        JwtVerificationCost cost = new JwtVerificationCost(20e-6);
        assertThat(cost.cpuSeconds(JwtAlgorithm.RS256)).isCloseTo(20e-6 + 21e-6, within(1e-12));
        assertThat(JwtVerificationCost.DEFAULT_PARSE_SECONDS).as("domain-facts estimate 5–20 µs").isBetween(5e-6, 20e-6);
        assertThatThrownBy(() -> new JwtVerificationCost(-1e-6)).hasMessageContaining(">= 0");
        assertThat(JwtAlgorithm.byJwaName("EdDSA")).isEqualTo(JwtAlgorithm.EDDSA);
        assertThatThrownBy(() -> JwtAlgorithm.byJwaName("none")).hasMessageContaining("none");
    }
}
