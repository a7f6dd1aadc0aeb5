package io.cloudmart.sim.model.mesh;

/**
 * GI/M/1 mean times for Erlang-k interarrival times, the theory behind round-robin balancing: a Poisson
 * stream of rate λ dealt round-robin to n servers gives each server Erlang-n interarrivals of rate λ/n.
 *
 * <p>For a GI/M/1 queue with service rate μ and interarrival transform A*(s) = E[e^(−sT)], an arrival finds
 * the server busy with probability σ, the root in (0, 1) of σ = A*(μ(1 − σ)), and the mean sojourn is
 * W = 1 / (μ(1 − σ)) (Kleinrock, Queueing Systems vol. 1, §6.4; Gross &amp; Harris §6.3). For Erlang-k
 * interarrivals of rate λ, A*(s) = (kλ / (kλ + s))^k; k = 1 is M/M/1 (σ = ρ), k → ∞ is D/M/1.
 *
 * <p>σ is found by bisection: f(σ) = A*(μ(1 − σ)) − σ is convex with f(0) &gt; 0 and f(1) = 0, and for ρ &lt; 1
 * it is negative just below 1, so it has exactly one root in (0, 1).
 */
public final class GiM1 {
    private static final int BISECTION_STEPS = 200;
    /** Closest approach to σ = 1 when looking for a point where f &lt; 0. */
    private static final double MIN_GAP_TO_ONE = 1e-15;

    private GiM1() {
    }

    /**
     * σ, the probability that an arrival finds the server busy, for Erlang-{@code k} interarrivals.
     *
     * @param k           Erlang shape, &ge; 1
     * @param arrivalRate λ, per second
     * @param serviceRate μ, per second, with λ &lt; μ
     */
    public static double sigmaErlang(int k, double arrivalRate, double serviceRate) {
        if (k < 1) {
            throw new IllegalArgumentException("Erlang shape must be >= 1, got " + k);
        }
        if (!(arrivalRate > 0) || !(serviceRate > arrivalRate) || Double.isInfinite(serviceRate)) {
            throw new IllegalArgumentException("need 0 < λ < μ < ∞, got λ = " + arrivalRate + ", μ = " + serviceRate);
        }
        double lo = 0;
        double gap = 0.5;
        while (f(1 - gap, k, arrivalRate, serviceRate) >= 0) {
            gap /= 2;
            if (gap < MIN_GAP_TO_ONE) {
                throw new IllegalArgumentException("no root below 1 found; load too close to 1: λ/μ = " + arrivalRate / serviceRate);
            }
        }
        double hi = 1 - gap;
        for (int step = 0; step < BISECTION_STEPS && hi - lo > Math.ulp(hi); step++) {
            double mid = 0.5 * (lo + hi);
            if (f(mid, k, arrivalRate, serviceRate) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double f(double sigma, int k, double arrivalRate, double serviceRate) {
        double s = serviceRate * (1 - sigma);
        double kLambda = k * arrivalRate;
        return Math.pow(kLambda / (kLambda + s), k) - sigma;
    }

    /** Mean time in the system (wait + service), W = 1 / (μ(1 − σ)), seconds. */
    public static double meanSojournErlang(int k, double arrivalRate, double serviceRate) {
        return 1 / (serviceRate * (1 - sigmaErlang(k, arrivalRate, serviceRate)));
    }

    /** Mean wait before service, σ / (μ(1 − σ)), seconds. */
    public static double meanWaitErlang(int k, double arrivalRate, double serviceRate) {
        double sigma = sigmaErlang(k, arrivalRate, serviceRate);
        return sigma / (serviceRate * (1 - sigma));
    }

    /**
     * Mean sojourn when a Poisson stream of {@code totalArrivalRate} is dealt round-robin to {@code servers}
     * identical exponential servers (each then is E_n/M/1 at rate λ/n), seconds.
     */
    public static double roundRobinMeanSojourn(int servers, double totalArrivalRate, double serviceRate) {
        return meanSojournErlang(servers, totalArrivalRate / servers, serviceRate);
    }
}
