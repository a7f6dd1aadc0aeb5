package io.cloudmart.sim.model.mesh;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.call.ResponseHandler;
import io.cloudmart.sim.model.service.Service;

/**
 * The Istio-like mesh between services: every call goes from the caller's sidecar to a pod of the
 * destination chosen by the destination's policy (see {@link MeshCall}), paying the sidecar hop
 * and, on a new connection, the mTLS handshake.
 */
public final class ServiceMesh {
    private final Simulation simulation;
    private final SidecarHop sidecars;
    private final Map<String, Destination> destinations = new LinkedHashMap<>();

    /**
     * @param services the services by name
     * @param log      receives notable events (pod ejected, pod returned) as text
     */
    public ServiceMesh(MeshConfig config, Simulation simulation, Map<String, Service> services, Consumer<String> log) {
        this.simulation = simulation;
        this.sidecars = new SidecarHop(config.sidecar(), simulation.stream("mesh.sidecar"));
        MeshEvents events = new MeshEvents(log);
        services.forEach((name, service) ->
                destinations.put(name, new Destination(service, config.policyFor(name), simulation, events, sidecars)));
    }

    /** The metric key of {@code metric} for calls to {@code service} (retries, timeouts, overflows, …). */
    public static String metricKey(String service, String metric) {
        return Destination.metricKey(service, metric);
    }

    /**
     * The two-way split a release controller writes ({@link #setWeights} with the old version first): {@code newWeight}
     * of {@code totalWeight} to {@code newVersion}, the rest to {@code oldVersion}.
     */
    public void splitBetween(String service, String oldVersion, String newVersion, int newWeight, int totalWeight) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put(oldVersion, totalWeight - newWeight);
        weights.put(newVersion, newWeight);
        setWeights(service, weights);
    }

    /**
     * Rewrites the weighted split of the catch-all route of {@code service} while the run goes on, as Argo Rollouts
     * rewrites a VirtualService's weights at each canary step: requests routed from now on follow {@code weights},
     * requests in flight keep their subset, routes with a header or consumer match keep their precedence. A service
     * without routes gets a catch-all route with these weights.
     *
     * @param weights version → relative weight (≥ 0, at least one &gt; 0), in the order the route lists them
     */
    public void setWeights(String service, Map<String, Integer> weights) {
        destination(service).setWeights(weights);
    }

    /** The routes of {@code service} as they stand now (empty when it has none). */
    public java.util.List<HttpRoute> routes(String service) {
        SubsetRouter router = destination(service).router;
        return router == null ? java.util.List.of() : router.routes();
    }

    private Destination destination(String service) {
        Destination destination = destinations.get(service);
        if (destination == null) {
            throw new IllegalArgumentException("no service named " + service + "; there are " + destinations.keySet());
        }
        return destination;
    }

    /**
     * A target for calls from workload {@code from} (a service, or the gateway) to
     * {@code service.endpoint}; {@link CallTarget#callFrom} names the calling pod instead.
     */
    public CallTarget target(String from, String service, String endpoint) {
        Destination destination = destination(service);
        int index = destination.service.endpointIndex(endpoint);
        return new CallTarget() {
            @Override
            public void call(Request request, ResponseHandler handler) {
                callFrom(from, request, handler);
            }

            @Override
            public void callFrom(String callerPod, Request request, ResponseHandler handler) {
                new MeshCall(simulation, destination, sidecars, callerPod, index, request, handler).start();
            }
        };
    }
}
