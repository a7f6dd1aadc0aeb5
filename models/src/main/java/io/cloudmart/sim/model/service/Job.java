package io.cloudmart.sim.model.service;

/**
 * One request being served by one pod: how much CPU it needs and whom to answer.
 * Lives only while the request is in the pod, so memory follows requests in flight, not requests served.
 */
final class Job {
    final double arrivalTime;
    final double workSeconds;
    final Runnable onDone;
    /** Finish point on the processor-sharing virtual clock; used only by {@link ProcessorSharing}. */
    double virtualFinish;

    Job(double arrivalTime, double workSeconds, Runnable onDone) {
        this.arrivalTime = arrivalTime;
        this.workSeconds = workSeconds;
        this.onDone = onDone;
    }
}
