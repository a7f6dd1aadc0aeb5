package io.cloudmart.sim.model.service;

import io.cloudmart.sim.core.random.Distribution;

/**
 * An operation a service offers.
 *
 * @param name        endpoint name, unique within its service
 * @param work        CPU time one request needs, seconds
 */
public record Endpoint(String name, Distribution work) {
}
