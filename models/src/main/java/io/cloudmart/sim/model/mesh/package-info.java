/**
 * The Istio-like service mesh, as small mechanisms that each work on their own: load balancing over
 * upstream hosts ({@link io.cloudmart.sim.model.mesh.LoadBalancer}), the VirtualService retry policy
 * ({@link io.cloudmart.sim.model.mesh.RetryPolicy}, {@link io.cloudmart.sim.model.mesh.RetryState}),
 * DestinationRule connection-pool limits ({@link io.cloudmart.sim.model.mesh.ConnectionPool}) and
 * outlier detection ({@link io.cloudmart.sim.model.mesh.OutlierDetector}), weighted subset routing
 * ({@link io.cloudmart.sim.model.mesh.SubsetRouter}), the sidecar and mTLS cost of a call
 * ({@link io.cloudmart.sim.model.mesh.SidecarHop}), and the GI/M/1 formula used to check balancers
 * against theory ({@link io.cloudmart.sim.model.mesh.GiM1}).
 *
 * <p>Each mechanism follows the behaviour of Envoy (the Istio data plane) as read in its source and
 * documentation; knobs carry the Istio field names. Times are seconds, randomness comes only from
 * {@link io.cloudmart.sim.core.random.RandomStream}s handed in by the caller, and nothing keeps
 * per-request state beyond the requests in flight.
 */
package io.cloudmart.sim.model.mesh;
