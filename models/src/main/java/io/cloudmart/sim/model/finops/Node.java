package io.cloudmart.sim.model.finops;

/**
 * A node as billing and allocation see it: a stable name (its identity), its capacity and the rate paid for it.
 *
 * @param name          the node's name, unique in the cluster (its identity; never a position)
 * @param instanceType  the instance type, for reports (any label for a custom node)
 * @param vcpu          vCPU capacity, > 0 (OpenCost prices capacity, not allocatable)
 * @param memoryGiB     memory capacity, GiB, > 0
 * @param hourlyRate    the rate paid, currency per hour, after the purchase option's discount; finite and >= 0
 */
public record Node(String name, String instanceType, double vcpu, double memoryGiB, double hourlyRate) {
    public Node {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("node name must not be blank");
        }
        if (instanceType == null || instanceType.isBlank()) {
            throw new IllegalArgumentException("node " + name + ": instance type must not be blank");
        }
        requireSize(name, vcpu, memoryGiB);
        if (!(hourlyRate >= 0) || Double.isInfinite(hourlyRate)) {
            throw new IllegalArgumentException("node " + name + ": hourly rate must be finite and >= 0, got "
                    + hourlyRate);
        }
    }

    static void requireSize(String name, double vcpu, double memoryGiB) {
        if (!(vcpu > 0) || Double.isInfinite(vcpu)) {
            throw new IllegalArgumentException(name + ": vCPU must be finite and > 0, got " + vcpu);
        }
        if (!(memoryGiB > 0) || Double.isInfinite(memoryGiB)) {
            throw new IllegalArgumentException(name + ": memory must be finite and > 0 GiB, got " + memoryGiB);
        }
    }
}
