package io.cloudmart.sim.model.service;

/**
 * CPU time a request needs in one go on its pod (one {@code work} step), and whom to tell when it
 * has had it. Lives only while running.
 */
final class CpuBurst implements Runnable {
    final double workSeconds;
    final Runnable onDone;
    /** Finish point on the processor-sharing virtual clock; used only by {@link ProcessorSharing}. */
    double virtualFinish;
    /**
     * Who is told when the burst, scheduled as an action of its own, is due; set by {@link DedicatedCores},
     * so that a burst's finish is scheduled without a new lambda for every burst.
     */
    java.util.function.Consumer<CpuBurst> whenDue;

    CpuBurst(double workSeconds, Runnable onDone) {
        this.workSeconds = workSeconds;
        this.onDone = onDone;
    }

    /** The burst is due: tells {@link #whenDue}. */
    @Override
    public void run() {
        whenDue.accept(this);
    }
}
