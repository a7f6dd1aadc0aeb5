package io.cloudmart.sim.scenario.load;

import io.cloudmart.sim.model.cluster.Cluster;
import io.cloudmart.sim.model.cluster.SchedulablePod;
import io.cloudmart.sim.model.cluster.ScheduleResult;
import io.cloudmart.sim.model.cluster.Scheduler;
import io.cloudmart.sim.model.cluster.Unschedulable;
import io.cloudmart.sim.model.control.ClusterConfig;
import io.cloudmart.sim.model.service.Requests;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.VersionSpec;

/**
 * Checks that the pods that exist at the start fit on the nodes that exist at the start, placing them as the
 * run does at t = 0: the pools' initial nodes, then for each service in file order each version's replicas, each
 * pod with its requests (the mesh's proxy included) placed by the model's {@link Scheduler} and bound before the
 * next. A pod that fits nowhere would stop the run before it starts, so it is bad input, reported once: the first
 * pod that does not fit, the scheduler's reasons, and what to raise.
 *
 * <p>Ties between equally scored nodes go to the first node here; the run breaks them at random, as
 * kube-scheduler does. For pools of identical nodes this changes which node a pod lands on, not whether all fit.
 */
final class InitialPlacement {
    private InitialPlacement() {
    }

    /** One pod of the start, as the scheduler sees it. */
    private record StartPod(String name, double cpuRequest, double memoryRequestMiB) implements SchedulablePod {
    }

    /** Reports the first pod of {@code spec} that fits on no initial node; nothing when there is no cluster. */
    static void check(ScenarioSpec spec, Problems problems) {
        ClusterConfig config = spec.capacity().cluster();
        if (config == null) {
            return;
        }
        Cluster cluster = new Cluster(config.nodeStartupSeconds());
        cluster.bootstrap(config.pools(), 0);
        Scheduler scheduler = new Scheduler(config.scoring());
        Requests sidecar = spec.mesh() == null ? Requests.NONE : spec.mesh().proxyRequests();
        int placed = 0;
        for (var service : spec.services().entrySet()) {
            ServiceSpec s = service.getValue();
            Requests pod = new Requests(s.pod().cpuRequestCores(), s.pod().memoryRequestMiB()).plus(sidecar);
            for (var version : s.versions().entrySet()) {
                VersionSpec v = version.getValue();
                for (int i = 0; i < v.replicas(); i++) {
                    StartPod start = new StartPod(service.getKey() + "-" + version.getKey() + "-" + i, pod.cpuCores(),
                            pod.memoryMiB());
                    ScheduleResult result = scheduler.select(start, cluster.nodes());
                    if (result instanceof Unschedulable none) {
                        problems.at(config.pools().isEmpty() ? "cluster" : "cluster.nodePools",
                                message(start, none, service.getKey(), placed, spec.mesh() != null, config));
                        return;
                    }
                    ((ScheduleResult.Scheduled) result).node().bind(start, 0);
                    placed++;
                }
            }
        }
    }

    private static String message(StartPod pod, Unschedulable none, String service, int placed, boolean mesh,
                                  ClusterConfig config) {
        String requests = Units.formatCpuCores(pod.cpuRequest()) + " cores and " + Units.formatMemoryMiB(pod.memoryRequestMiB())
                + (mesh ? " with the mesh's proxy" : "");
        String raise = config.pools().isEmpty()
                ? "Karpenter only launches nodes for pods pending after the start: add a node pool with initialNodes"
                : "raise initialNodes (or choose a larger instanceType) in cluster.nodePools";
        return "the pods of the start do not fit the initial nodes: pod " + pod.name() + " (requests " + requests
                + ") fits on no node after " + placed + " pod(s) were placed: " + none.message() + " To run, " + raise
                + ", or lower services." + service + ".pod.requests";
    }
}
