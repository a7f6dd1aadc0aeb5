package io.cloudmart.sim.model.cluster;

import java.util.Map;

/** Node groups for tests: on-demand, no DaemonSet overhead unless asked, so figures stay hand-computable. */
final class Pools {
    private Pools() {
    }

    static NodePoolSpec pool(String name, String type, int min, int max) {
        return new NodePoolSpec(name, InstanceTypes.byName(type), CapacityType.ON_DEMAND, min, max, min, 0.0, 0.0, Map.of());
    }

    static NodePoolSpec pool(String name, String type, int min, int max, double overheadCpu, double overheadMemoryMiB) {
        return new NodePoolSpec(name, InstanceTypes.byName(type), CapacityType.ON_DEMAND, min, max, min, overheadCpu,
                overheadMemoryMiB, Map.of());
    }
}
