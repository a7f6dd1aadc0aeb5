package io.cloudmart.sim.model.mesh;

/**
 * What one call through the sidecars costs.
 *
 * @param latencySeconds latency to add to the call, seconds (sidecar processing, plus the mTLS handshake on a new connection)
 * @param newConnection  true if the call opened a new connection between the two pods
 * @param mtls           true if the connection is mTLS
 */
public record HopCost(double latencySeconds, boolean newConnection, boolean mtls) {
}
