package io.cloudmart.sim.model.security;

import io.cloudmart.sim.model.finops.BudgetPeriod;

/**
 * What one zero-trust layer added to a measured period of a run, and what that comes to per request, in cores and
 * in money.
 *
 * <p>The latency is the time the layer's calls added on the path of the requests that paid them: the CPU time of a
 * JWT verification (on a free core), the extra round trip and crypto of an mTLS handshake, the wait for an OPA
 * decision. Per request it is their sum over the requests answered, so calls made in parallel branches of one
 * request would count twice; the queueing a layer causes for others is not in it, and shows only when a run with
 * the layer is compared with one without. The CPU is what the calls used on some core (the gateway's for JWT, the
 * sidecars' for mTLS and OPA); spread over the measured time it is a number of cores, priced at a CPU core-hour.
 *
 * @param layer          the layer
 * @param enabled        whether the scenario, as run, had the layer at all
 * @param calls          verifications, handshakes or decisions in the measured period, ≥ 0
 * @param latencySeconds latency the calls added, summed over them, seconds, ≥ 0
 * @param cpuSeconds     CPU they used, summed over them, core-seconds, ≥ 0
 */
public record LayerOverhead(SecurityLayer layer, boolean enabled, double calls, double latencySeconds, double cpuSeconds) {
    /** Hours in a month: OpenCost's 730 ({@link BudgetPeriod#MONTH}). */
    public static final double HOURS_PER_MONTH = BudgetPeriod.MONTH.hours();
    private static final double SECONDS_PER_HOUR = 3600.0;

    public LayerOverhead {
        if (layer == null) {
            throw new IllegalArgumentException("a layer overhead needs its layer");
        }
        requireNonNegative("calls", calls);
        requireNonNegative("latency", latencySeconds);
        requireNonNegative("CPU", cpuSeconds);
    }

    /** A layer the scenario does not have: nothing counted. */
    public static LayerOverhead absent(SecurityLayer layer) {
        return new LayerOverhead(layer, false, 0, 0, 0);
    }

    /** {@code calls} calls that each added {@code latencyPerCall} seconds and used {@code cpuPerCall} core-seconds. */
    public static LayerOverhead ofCalls(SecurityLayer layer, double calls, double latencyPerCall, double cpuPerCall) {
        return new LayerOverhead(layer, true, calls, calls * latencyPerCall, calls * cpuPerCall);
    }

    /** Mean latency one call added, seconds (NaN without calls). */
    public double latencyPerCallSeconds() {
        return calls > 0 ? latencySeconds / calls : Double.NaN;
    }

    /** Mean CPU of one call, core-seconds (NaN without calls). */
    public double cpuPerCallSeconds() {
        return calls > 0 ? cpuSeconds / calls : Double.NaN;
    }

    /** Calls per request answered (NaN without requests). */
    public double callsPerRequest(double requests) {
        return perRequest(calls, requests);
    }

    /** Latency added per request answered, seconds (NaN without requests). */
    public double latencyPerRequestSeconds(double requests) {
        return perRequest(latencySeconds, requests);
    }

    /** CPU per request answered, core-seconds (NaN without requests). */
    public double cpuPerRequestSeconds(double requests) {
        return perRequest(cpuSeconds, requests);
    }

    /** The CPU spread over the measured time: cores kept busy on average (NaN for an empty period). */
    public double cores(double measuredSeconds) {
        return measuredSeconds > 0 ? cpuSeconds / measuredSeconds : Double.NaN;
    }

    /** What those cores cost in a month around the clock at {@code pricePerCoreHour}, currency. */
    public double costPerMonth(double measuredSeconds, double pricePerCoreHour) {
        return cores(measuredSeconds) * HOURS_PER_MONTH * pricePerCoreHour;
    }

    /** What the CPU of a million requests costs at {@code pricePerCoreHour}, currency (NaN without requests). */
    public double costPerMillionRequests(double requests, double pricePerCoreHour) {
        return cpuPerRequestSeconds(requests) * 1e6 / SECONDS_PER_HOUR * pricePerCoreHour;
    }

    private static double perRequest(double amount, double requests) {
        return requests > 0 ? amount / requests : Double.NaN;
    }

    private static void requireNonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0, got " + value);
        }
    }
}
