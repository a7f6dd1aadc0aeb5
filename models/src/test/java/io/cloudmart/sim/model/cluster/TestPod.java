package io.cloudmart.sim.model.cluster;

/** A pod for tests: a name and its requests (cores, MiB). Compared by identity in the code under test. */
record TestPod(String name, double cpuRequest, double memoryRequestMiB) implements SchedulablePod {
}
