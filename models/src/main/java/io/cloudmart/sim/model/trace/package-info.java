/**
 * Request tracing: a deterministic sample of client requests whose hops (gateway, sidecars, queue wait,
 * work, datastore calls, cache, Kafka, retries) are recorded as timed spans. Only a sampled request
 * carries a {@link io.cloudmart.sim.model.trace.RequestTrace}; every other request carries null, so the
 * request path pays one branch per hop and allocates nothing for it.
 */
package io.cloudmart.sim.model.trace;
