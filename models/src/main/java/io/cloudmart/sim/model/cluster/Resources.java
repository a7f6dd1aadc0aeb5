package io.cloudmart.sim.model.cluster;

/**
 * CPU and memory in the scheduler's integer units: millicores and bytes, as kube-scheduler's
 * {@code framework.Resource} holds them ({@code MilliCPU}, {@code Memory}). Working in integers keeps
 * sums exact however many pods come and go, and makes the scores match the plugin's integer division.
 */
record Resources(long milliCpu, long memoryBytes) {
    static final Resources ZERO = new Resources(0, 0);
    static final long BYTES_PER_MIB = 1024L * 1024L;

    /** From cores and MiB, rounded up like {@code resource.Quantity.MilliValue()} (tiny float noise ignored). */
    static Resources of(double cores, double memoryMiB) {
        return new Resources((long) Math.ceil(cores * 1000.0 - 1e-6), (long) Math.ceil(memoryMiB * BYTES_PER_MIB - 1e-3));
    }

    static Resources ofPod(SchedulablePod pod) {
        return of(pod.cpuRequest(), pod.memoryRequestMiB());
    }

    Resources plus(Resources other) {
        return new Resources(milliCpu + other.milliCpu, memoryBytes + other.memoryBytes);
    }

    Resources minus(Resources other) {
        return new Resources(milliCpu - other.milliCpu, memoryBytes - other.memoryBytes);
    }

    boolean isZero() {
        return milliCpu == 0 && memoryBytes == 0;
    }

    double cores() {
        return milliCpu / 1000.0;
    }

    double memoryMiB() {
        return memoryBytes / (double) BYTES_PER_MIB;
    }
}
