/**
 * Orchestrated sagas (domain facts 7): a {@link io.cloudmart.sim.model.saga.SagaDefinition} of
 * compensatable steps, a pivot and retriable steps; a
 * {@link io.cloudmart.sim.model.saga.SagaOrchestrator} that runs each saga to COMMITTED,
 * COMPENSATED or STUCK through a {@link io.cloudmart.sim.model.saga.StepExecutor} (the
 * participants), with timeouts, retries with back-off, reverse-order compensation, and the
 * statistics that matter: completion and compensation rates, time to consistency, time
 * inconsistent, stuck sagas. {@link io.cloudmart.sim.model.saga.CloudMartCheckout} is the shop's
 * checkout saga.
 */
package io.cloudmart.sim.model.saga;
