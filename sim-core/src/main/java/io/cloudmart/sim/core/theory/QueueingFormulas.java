package io.cloudmart.sim.core.theory;

/**
 * Closed-form results for single stations in steady state, used to check the simulator and to show
 * learners the number theory predicts next to the simulated one. Rates per second, times in seconds.
 */
public final class QueueingFormulas {
    private QueueingFormulas() {
    }

    /**
     * Erlang C: the probability that an arrival must wait at an M/M/c station with offered load
     * {@code a = λ/μ} (in servers), computed by the stable Erlang B recursion.
     */
    public static double erlangC(int servers, double offeredLoad) {
        requireStable(servers, offeredLoad);
        double erlangB = 1.0;
        for (int k = 1; k <= servers; k++) {
            erlangB = offeredLoad * erlangB / (k + offeredLoad * erlangB);
        }
        double rho = offeredLoad / servers;
        return erlangB / (1 - rho + rho * erlangB);
    }

    /** Mean time in an M/M/c station (waiting plus service): C(c, a) / (cμ − λ) + 1/μ. */
    public static double mmcMeanSojourn(double arrivalRate, double serviceRate, int servers) {
        double a = arrivalRate / serviceRate;
        return erlangC(servers, a) / (servers * serviceRate - arrivalRate) + 1 / serviceRate;
    }

    /**
     * Mean time in an M/G/1 station by Pollaczek–Khinchine: E[S] + λ E[S²] / (2 (1 − ρ)).
     *
     * @param meanService     E[S], seconds
     * @param serviceVariance Var[S], seconds²
     */
    public static double mg1MeanSojourn(double arrivalRate, double meanService, double serviceVariance) {
        double rho = arrivalRate * meanService;
        requireStable(1, rho);
        double secondMoment = serviceVariance + meanService * meanService;
        return meanService + arrivalRate * secondMoment / (2 * (1 - rho));
    }

    /** Mean time in an M/G/1 processor-sharing station: E[S] / (1 − ρ), whatever the service distribution. */
    public static double mg1PsMeanSojourn(double arrivalRate, double meanService) {
        double rho = arrivalRate * meanService;
        requireStable(1, rho);
        return meanService / (1 - rho);
    }

    private static void requireStable(int servers, double offeredLoad) {
        if (servers < 1 || !(offeredLoad >= 0) || offeredLoad >= servers) {
            throw new IllegalArgumentException("unstable or invalid station: " + servers + " servers, load " + offeredLoad);
        }
    }
}
