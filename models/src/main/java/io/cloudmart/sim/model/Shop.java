package io.cloudmart.sim.model;

import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ModelFactory;
import io.cloudmart.sim.model.control.CapacityConfig;
import io.cloudmart.sim.model.datastore.CacheConfig;
import io.cloudmart.sim.model.datastore.DatastoreConfig;
import io.cloudmart.sim.model.gateway.GatewayConfig;
import io.cloudmart.sim.model.gitops.GitOpsConfig;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.OpenLoopLoad;
import io.cloudmart.sim.model.rollout.FlaggerConfig;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.mesh.MeshConfig;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.trace.RequestTracer;
import io.cloudmart.sim.model.trace.TraceSampling;

/**
 * The whole shop as one model: its services and their backends, the gateway in front and the mesh
 * between services (null for none), the rollouts and Flagger canaries that move traffic between versions, Argo CD
 * syncing Git to the cluster (null for none), and the load that drives them. A {@link ModelFactory} for the
 * replication runner; holds only configuration, so it can assemble many replications.
 */
public record Shop(LoadConfig load, List<ServiceConfig> services, Backends backends, GatewayConfig gateway,
                   MeshConfig mesh, CapacityConfig capacity, List<RolloutConfig> rollouts,
                   List<FlaggerConfig> canaries, GitOpsConfig gitops) implements ModelFactory {
    public Shop {
        services = List.copyOf(services);
        capacity = capacity == null ? CapacityConfig.NONE : capacity;
        rollouts = rollouts == null ? List.of() : List.copyOf(rollouts);
        canaries = canaries == null ? List.of() : List.copyOf(canaries);
        if ((!rollouts.isEmpty() || !canaries.isEmpty()) && mesh == null) {
            throw new IllegalArgumentException("a rollout routes traffic through the mesh; the shop has none");
        }
    }

    /** A shop whose releases are Argo rollouts only, without Argo CD. */
    public Shop(LoadConfig load, List<ServiceConfig> services, Backends backends, GatewayConfig gateway,
                MeshConfig mesh, CapacityConfig capacity, List<RolloutConfig> rollouts) {
        this(load, services, backends, gateway, mesh, capacity, rollouts, List.of(), null);
    }

    /** A shop without rollouts. */
    public Shop(LoadConfig load, List<ServiceConfig> services, Backends backends, GatewayConfig gateway,
                MeshConfig mesh, CapacityConfig capacity) {
        this(load, services, backends, gateway, mesh, capacity, List.of());
    }

    /** A shop whose capacity does not move. */
    public Shop(LoadConfig load, List<ServiceConfig> services, Backends backends, GatewayConfig gateway,
                MeshConfig mesh) {
        this(load, services, backends, gateway, mesh, CapacityConfig.NONE);
    }

    /** A shop of services only. */
    public Shop(LoadConfig load, List<ServiceConfig> services) {
        this(load, services, Backends.NONE, null, null);
    }

    /** A shop with datastores and caches, without gateway or mesh. */
    public Shop(LoadConfig load, List<ServiceConfig> services, List<DatastoreConfig> datastores,
                List<CacheConfig> caches) {
        this(load, services, Backends.of(datastores, caches), null, null);
    }

    @Override
    public void assemble(Simulation simulation) {
        assemble(simulation, TraceSampling.OFF);
    }

    /**
     * The same shop, tracing the requests {@code sampling} picks in the first replication (the others run as
     * untraced: the sample stays bounded by its size, not by the replications). Tracing draws no random number
     * and schedules nothing, so the results are those of the untraced shop.
     */
    public ModelFactory traced(TraceSampling sampling) {
        return sampling.isOff() ? this : simulation -> assemble(simulation, sampling);
    }

    private void assemble(Simulation simulation, TraceSampling sampling) {
        ShopWiring wiring = new ShopWiring(this, simulation);
        RequestTracer tracer = null;
        if (!sampling.isOff() && simulation.settings().replication() == 0) {
            RequestTracer picked = new RequestTracer(sampling, simulation.settings().warmupSeconds());
            simulation.onFinish(end -> picked.result());
            tracer = picked;
        }
        new OpenLoopLoad(load, simulation, wiring::entry, tracer).start();
    }
}
