package io.cloudmart.sim.scenario.spec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The file's {@code security} switches, applied when the scenario is bound: a layer switched off is removed from the
 * sections that declare it, so the rest of the simulator sees a scenario without it (the same one a learner would get
 * by deleting the lines).
 *
 * @param jwt  keep Kong's {@code jwt} plugin ({@code false}: the gateway verifies no token)
 * @param mtls keep mTLS between sidecars ({@code false}: the mesh's mode becomes {@code DISABLE})
 * @param opa  keep the endpoints' {@code authorize} decisions ({@code false}: none is asked)
 */
public record SecuritySwitches(boolean jwt, boolean mtls, boolean opa) {
    /** Every layer as declared: the default. */
    public static final SecuritySwitches ALL_ON = new SecuritySwitches(true, true, true);
    /** Istio's plaintext mode. */
    static final String PLAINTEXT = "DISABLE";

    /** The gateway, without its {@code jwt} plugin when that is off; null stays null. */
    public GatewaySpec gateway(GatewaySpec gateway) {
        if (gateway == null || jwt) {
            return gateway;
        }
        return new GatewaySpec(gateway.nodes(), gateway.pod(), gateway.proxyCpu(), null, gateway.rateLimiting(),
                gateway.rateLimitingAdvanced(), gateway.sharedStoreRoundTrip());
    }

    /** The mesh, plaintext when mTLS is off; null stays null. */
    public MeshSpec mesh(MeshSpec mesh) {
        if (mesh == null || mtls) {
            return mesh;
        }
        return new MeshSpec(mesh.sidecarLatency(), mesh.idleTimeoutSeconds(), PLAINTEXT, mesh.services(),
                mesh.proxyRequests());
    }

    /** The services, their endpoints without {@code authorize} when OPA is off. */
    public Map<String, ServiceSpec> services(Map<String, ServiceSpec> services) {
        if (opa) {
            return services;
        }
        Map<String, ServiceSpec> out = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            Map<String, EndpointSpec> endpoints = new LinkedHashMap<>();
            service.endpoints().forEach((endpoint, spec) ->
                    endpoints.put(endpoint, new EndpointSpec(spec.steps(), spec.errorRate(), null)));
            out.put(name, new ServiceSpec(service.replicas(), service.pod(), endpoints, service.versions(),
                    service.outages()));
        });
        return out;
    }
}
