/**
 * What zero trust costs: the three layers a request of the shop passes (a JWT verified at the gateway, mTLS between
 * sidecars, an OPA decision per authorized endpoint), and the arithmetic that turns what a run counted of each into
 * latency per request, CPU cores and money ({@link io.cloudmart.sim.model.security.LayerOverhead}). The layers
 * themselves live where they act: {@link io.cloudmart.sim.model.gateway.Gateway},
 * {@link io.cloudmart.sim.model.mesh.SidecarHop}, the services' authorize step.
 */
package io.cloudmart.sim.model.security;
