package io.cloudmart.sim.model.finops;

/**
 * A container as allocation sees it. Its identity is {@link #id()}, the pod name and container name (as in
 * OpenCost, where the container is the lowest level of allocation); the service and the {@code team} label are the
 * properties results are grouped by, and must stay the same for one identity.
 *
 * @param pod        the pod's name (a new pod after a reschedule is a new identity)
 * @param container  the container's name in the pod, e.g. {@code app} or {@code istio-proxy}
 * @param service    the service the pod belongs to
 * @param team       the pod's {@code team} label; blank when the pod has none, grouped as
 *                   {@value AllocationReport#UNALLOCATED} as OpenCost does
 */
public record ContainerRef(String pod, String container, String service, String team) {
    public ContainerRef {
        requireName("pod", pod);
        requireName("container", container);
        requireName("service", service);
        if (team == null) {
            throw new IllegalArgumentException("team label must not be null (blank for none)");
        }
    }

    /** The identity: pod name + container name. */
    public ContainerId id() {
        return new ContainerId(pod, container);
    }

    /** The team to group by: the label, or {@value AllocationReport#UNALLOCATED} when it is blank. */
    public String teamOrUnallocated() {
        return team.isBlank() ? AllocationReport.UNALLOCATED : team;
    }

    private static void requireName(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " name must not be blank");
        }
    }

    /**
     * The identity of a container.
     *
     * @param pod       the pod's name
     * @param container the container's name
     */
    public record ContainerId(String pod, String container) {
        @Override
        public String toString() {
            return pod + "/" + container;
        }
    }
}
