package io.cloudmart.sim.model.service;

/**
 * CPU time a request needs in one go on its pod (one {@code work} step), and whom to tell when it
 * has had it. Lives only while running.
 */
final class CpuBurst {
    final double workSeconds;
    final Runnable onDone;
    /** Finish point on the processor-sharing virtual clock; used only by {@link ProcessorSharing}. */
    double virtualFinish;

    CpuBurst(double workSeconds, Runnable onDone) {
        this.workSeconds = workSeconds;
        this.onDone = onDone;
    }
}
