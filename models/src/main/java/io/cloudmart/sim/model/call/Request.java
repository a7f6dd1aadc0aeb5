package io.cloudmart.sim.model.call;

/**
 * The client request a call belongs to: who sent it and when. One per client request, shared by
 * every hop it causes, and dropped when the client has its answer.
 *
 * @param sentAt   simulated time the client sent it, seconds
 * @param journey  index of the journey it follows
 * @param consumer consumer id (JWT subject), or -1 for an anonymous client
 * @param sourceIp client address as a number
 */
public record Request(double sentAt, int journey, int consumer, int sourceIp) {
    /** True when the request carries a consumer identity. */
    public boolean hasConsumer() {
        return consumer >= 0;
    }
}
