package io.cloudmart.sim.model.finops;

/**
 * One row of a price book: an instance type's size and its on-demand price.
 *
 * @param name             the instance type, e.g. {@code m5.large}
 * @param vcpu             vCPUs (capacity, not allocatable), > 0
 * @param memoryGiB        memory, GiB (capacity), > 0
 * @param onDemandPerHour  on-demand price, currency per hour, finite and >= 0
 */
public record InstanceType(String name, double vcpu, double memoryGiB, double onDemandPerHour) {
    public InstanceType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("instance type name must not be blank");
        }
        Node.requireSize(name, vcpu, memoryGiB);
        if (!(onDemandPerHour >= 0) || Double.isInfinite(onDemandPerHour)) {
            throw new IllegalArgumentException(name + ": on-demand price must be finite and >= 0 per hour, got "
                    + onDemandPerHour);
        }
    }
}
