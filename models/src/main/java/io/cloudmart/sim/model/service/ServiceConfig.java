package io.cloudmart.sim.model.service;

import java.util.List;

/**
 * What a service is made of.
 *
 * @param name      service name, unique in the shop
 * @param replicas  pods, ≥ 1
 * @param pod       resources of each pod
 * @param endpoints its operations
 */
public record ServiceConfig(String name, int replicas, PodShape pod, List<Endpoint> endpoints) {
    public ServiceConfig {
        endpoints = List.copyOf(endpoints);
        if (replicas < 1 || endpoints.isEmpty()) {
            throw new IllegalArgumentException("service " + name + " needs replicas >= 1 and at least one endpoint");
        }
    }
}
