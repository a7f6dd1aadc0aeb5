package io.cloudmart.sim.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.random.RandomStreams;
import io.cloudmart.sim.model.cluster.SchedulablePod;
import io.cloudmart.sim.model.cluster.Unschedulable;
import io.cloudmart.sim.model.control.ClusterConfig;
import io.cloudmart.sim.model.control.StartPlacement;
import io.cloudmart.sim.model.service.Requests;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.VersionSpec;

/**
 * Checks that the pods that exist at the start fit on the nodes that exist at the start, by placing them with the
 * model's own t = 0 placement ({@link StartPlacement}, which every run starts from): the pools' initial nodes, then
 * for each service in file order each version's replicas (with a rollout: the rollout's {@code replicas} of the stable
 * version and none of the canary, as the run starts), each pod with its requests (the mesh's proxy included),
 * ties between equally scored nodes broken by the replication's stream as the run breaks them. A pod that fits
 * nowhere would stop the run before it starts, so it is bad input, reported once: the first pod that does not
 * fit, the scheduler's reasons, and what to raise.
 *
 * <p>Every replication is checked, with the scenario's seed as resolved (after {@code --seed} and {@code --set}),
 * since random tie-breaks can pack the start differently in each; once a replication places everything without a
 * tie, the others would place it the same way and are not tried.
 */
final class InitialPlacement {
    private InitialPlacement() {
    }

    /** One pod of the start, as the scheduler sees it, and the service it belongs to. */
    private record StartPod(String name, String service, double cpuRequest, double memoryRequestMiB)
            implements SchedulablePod {
    }

    /** Reports the first pod of {@code spec} that fits on no initial node; nothing when there is no cluster. */
    static void check(ScenarioSpec spec, Problems problems) {
        ClusterConfig config = spec.capacity().cluster();
        if (config == null) {
            return;
        }
        List<StartPod> pods = startPods(spec);
        for (int replication = 0; replication < spec.replications(); replication++) {
            StartPlacement start = StartPlacement.place(config, new RandomStreams(spec.seed(), replication), pods);
            if (start.misfit() != null) {
                problems.at(config.pools().isEmpty() ? "cluster" : "cluster.nodePools",
                        message(spec, start, replication, config));
                return;
            }
            if (!start.drewTies()) {
                return;
            }
        }
    }

    /** The pods that exist at the start, in the order the run creates them (services, versions, replicas). */
    private static List<StartPod> startPods(ScenarioSpec spec) {
        Requests sidecar = spec.mesh() == null ? Requests.NONE : spec.mesh().proxyRequests();
        List<StartPod> pods = new ArrayList<>();
        for (var service : spec.services().entrySet()) {
            ServiceSpec s = service.getValue();
            Requests pod = new Requests(s.pod().cpuRequestCores(), s.pod().memoryRequestMiB()).plus(sidecar);
            for (var version : s.versions().entrySet()) {
                VersionSpec v = version.getValue();
                int replicas = spec.podsAtStart(service.getKey(), version.getKey(), v.replicas());
                for (int i = 0; i < replicas; i++) {
                    pods.add(new StartPod(service.getKey() + "-" + version.getKey() + "-" + i, service.getKey(),
                            pod.cpuCores(), pod.memoryMiB()));
                }
            }
        }
        return pods;
    }

    private static String message(ScenarioSpec spec, StartPlacement start, int replication, ClusterConfig config) {
        Unschedulable none = start.misfit();
        String service = ((StartPod) none.pod()).service();
        String requests = Units.formatCpuCores(none.pod().cpuRequest()) + " cores and "
                + Units.formatMemoryMiB(none.pod().memoryRequestMiB()) + (spec.mesh() != null ? " with the mesh's proxy" : "");
        String raise = config.pools().isEmpty()
                ? "Karpenter only launches nodes for pods pending after the start: add a node pool with initialNodes"
                : "raise initialNodes (or choose a larger instanceType) in cluster.nodePools";
        String which = !start.drewTies() ? "" : " (in replication " + (replication + 1) + " of " + spec.replications()
                + ": kube-scheduler picks at random among equally scored nodes, and with seed " + spec.seed()
                + " its picks pack the start this way)";
        return "the pods of the start do not fit the initial nodes" + which + ": pod " + none.pod().name() + " (requests "
                + requests + ") fits on no node after " + start.placed() + " pod(s) were placed: " + none.message()
                + " To run, " + raise + ", or lower services." + service + ".pod.requests";
    }
}
