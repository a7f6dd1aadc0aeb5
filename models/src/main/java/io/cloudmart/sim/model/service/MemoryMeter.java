package io.cloudmart.sim.model.service;

/**
 * One pod's application working set over time ({@link MemoryUsage}): piecewise constant, changing only when a request
 * enters or leaves the pod, so its time integrals are exact sums over those changes. Zero before the containers start
 * and after they stop. Kept for what reads it later: metrics-server's instantaneous reading and OpenCost's
 * max(request, usage) over each charged interval.
 */
final class MemoryMeter {
    private final MemoryUsage model;
    private final double limitMiB;
    private final double requestMiB;
    private double workingSetMiB;
    /** What a leaking version's container has kept since it started, MiB (see {@link VersionFaults}). */
    private double leakedMiB;
    private double since;
    /** ∫ working set dt up to {@link #since}, MiB·s. */
    private double usageMiBSeconds;
    /** ∫ max(0, working set − request) dt up to {@link #since}, MiB·s: what OpenCost charges beyond the request. */
    private double aboveRequestMiBSeconds;

    MemoryMeter(MemoryUsage model, double limitMiB, double requestMiB, double now) {
        this.model = model;
        this.limitMiB = limitMiB;
        this.requestMiB = requestMiB;
        this.since = now;
    }

    /**
     * From {@code now} on the pod has {@code inFlight} requests in it and its containers are {@code running}. Returns
     * whether the app would need more than its memory limit: the working set is capped at the limit either way, and
     * only a leaking version's pod acts on this (its container is OOM-killed).
     */
    boolean set(double now, int inFlight, boolean running) {
        close(now);
        double wanted = running ? model.workingSetMiB(inFlight, Double.POSITIVE_INFINITY) + leakedMiB : 0;
        workingSetMiB = Math.min(limitMiB, wanted);
        return wanted > limitMiB;
    }

    /** The container keeps {@code mib} more for good (applied at the next {@link #set}). */
    void leak(double mib) {
        leakedMiB += mib;
    }

    /** A new container: nothing leaked yet (applied at the next {@link #set}). */
    void forgetLeak() {
        leakedMiB = 0;
    }

    private void close(double now) {
        double dt = now - since;
        if (dt > 0) {
            usageMiBSeconds += workingSetMiB * dt;
            aboveRequestMiBSeconds += Math.max(0, workingSetMiB - requestMiB) * dt;
            since = now;
        }
    }

    double workingSetMiB() {
        return workingSetMiB;
    }

    double usageMiBSeconds(double now) {
        return usageMiBSeconds + workingSetMiB * Math.max(0, now - since);
    }

    double aboveRequestMiBSeconds(double now) {
        return aboveRequestMiBSeconds + Math.max(0, workingSetMiB - requestMiB) * Math.max(0, now - since);
    }
}
