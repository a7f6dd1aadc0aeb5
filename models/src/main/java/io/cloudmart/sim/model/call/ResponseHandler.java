package io.cloudmart.sim.model.call;

/** Continuation of a call: runs once, when the call has an outcome. */
@FunctionalInterface
public interface ResponseHandler {
    void respond(Outcome outcome);
}
