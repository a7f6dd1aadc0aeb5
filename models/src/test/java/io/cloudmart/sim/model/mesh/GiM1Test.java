package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GI/M/1 with Erlang-k arrivals against closed forms. */
class GiM1Test {
    private static final double EPS = 1e-10;
    /** Erlang-k tends to deterministic slowly (error of order 1/k). */
    private static final double LIMIT_TOL = 1e-4;

    /** k = 1 is M/M/1: σ = ρ and W = 1/(μ − λ). */
    @ParameterizedTest(name = "rho = {0}")
    @ValueSource(doubles = {0.1, 0.5, 0.8, 0.9, 0.99})
    void exponentialArrivalsGiveMm1(double rho) {
        double mu = 10;
        double lambda = rho * mu;
        assertThat(GiM1.sigmaErlang(1, lambda, mu)).isCloseTo(rho, within(EPS));
        assertThat(GiM1.meanSojournErlang(1, lambda, mu)).isCloseTo(1 / (mu - lambda), within(EPS / (mu - lambda)));
        assertThat(GiM1.meanWaitErlang(1, lambda, mu)).isCloseTo(rho / (mu - lambda), within(EPS / (mu - lambda)));
    }

    /**
     * E2/M/1 at ρ = 0.5, μ = 1: σ = (1/(2 − σ))² ⇔ (σ − 1)(σ² − 3σ + 1) = 0, so σ = (3 − √5)/2 and
     * W = 1/(1 − σ) = (1 + √5)/2, the golden ratio. Rates scale: μ = 10, λ = 5 gives W/10.
     */
    @Test
    void erlangTwoByHand() {
        double sqrt5 = Math.sqrt(5);
        assertThat(GiM1.sigmaErlang(2, 0.5, 1)).isCloseTo((3 - sqrt5) / 2, within(EPS));
        assertThat(GiM1.meanSojournErlang(2, 0.5, 1)).isCloseTo((1 + sqrt5) / 2, within(EPS));
        assertThat(GiM1.meanSojournErlang(2, 5, 10)).isCloseTo((1 + sqrt5) / 20, within(EPS));
    }

    /** Large k approaches D/M/1, where σ = exp(−μ(1 − σ)/λ); at ρ = 0.5, σ ≈ 0.2032. */
    @Test
    void manyPhasesApproachDeterministicArrivals() {
        double sigma = 0.5;
        for (int i = 0; i < 10_000; i++) {
            sigma = Math.exp(-2 * (1 - sigma));
        }
        assertThat(sigma).isCloseTo(0.2032, within(1e-4));
        assertThat(GiM1.sigmaErlang(100_000, 0.5, 1)).isCloseTo(sigma, within(LIMIT_TOL));
    }

    /** More regular arrivals wait less: W falls with k; round-robin over n pods is E_n/M/1 at λ/n. */
    @Test
    void regularityHelpsAndRoundRobinIsErlang() {
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 1; k <= 16; k *= 2) {
            double w = GiM1.meanSojournErlang(k, 8, 10);
            assertThat(w).as("k = %d", k).isLessThan(previous).isGreaterThan(0.1);
            previous = w;
        }
        assertThat(GiM1.roundRobinMeanSojourn(4, 32, 10)).isEqualTo(GiM1.meanSojournErlang(4, 8, 10));
    }

    @Test
    void unstableOrInvalidInputsAreRefused() {
        assertThatThrownBy(() -> GiM1.sigmaErlang(2, 10, 10)).hasMessageContaining("λ < μ");
        assertThatThrownBy(() -> GiM1.sigmaErlang(0, 1, 10)).hasMessageContaining("shape");
    }
}
