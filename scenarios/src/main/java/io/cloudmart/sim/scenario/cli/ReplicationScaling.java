package io.cloudmart.sim.scenario.cli;

import java.lang.management.ManagementFactory;

import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * Replications spread over the cores: the wall time and the CPU time of the whole process for n replications
 * of one scenario, run as {@code cmsim run --replications n} runs them ({@link ReplicationRunner#onAllCores()}).
 * With c cores, n replications ideally take ceil(n / c) times the wall time of one; CPU time over wall time
 * says how many cores were busy. CPU time counts every thread of the JVM (the collector's and the compiler's
 * too), so what parallel runs cost in garbage collection shows.
 */
final class ReplicationScaling {
    /** One timed experiment of {@code replications} replications. */
    record Measurement(int replications, double wallSeconds, double cpuSeconds) {
    }

    private ReplicationScaling() {
    }

    /** Runs replications 0..n-1 of {@code spec} on all cores and times them. */
    static Measurement measure(ScenarioSpec spec, int replications) {
        ReplicationRunner runner = ReplicationRunner.onAllCores();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        runner.run(ShopAssembler.settings(spec), replications, ShopAssembler.shop(spec));
        double wall = (System.nanoTime() - start) / 1e9;
        long cpuAfter = processCpuNanos();
        double cpu = cpuBefore < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e9;
        return new Measurement(replications, wall, cpu);
    }

    /** Wall time of {@code replications} on {@code cores} cores over the wall time of one, if the cores scaled perfectly. */
    static double idealWallRatio(int replications, int cores) {
        return Math.ceil((double) replications / cores);
    }

    /** CPU time of this process so far, ns, or -1 when the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
