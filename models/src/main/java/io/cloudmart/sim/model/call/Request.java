package io.cloudmart.sim.model.call;

import io.cloudmart.sim.model.gateway.RequestIdentity;

/**
 * The client request a call belongs to: who sent it and when. One per client request, shared by
 * every hop it causes, and dropped when the client has its answer.
 *
 * @param sentAt  simulated time the client sent it, seconds
 * @param journey index of the journey it follows
 * @param client  the consumer (JWT subject) and source IP it carries
 */
public record Request(double sentAt, int journey, RequestIdentity client) {
}
