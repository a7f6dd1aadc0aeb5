package io.cloudmart.sim.model.saga;

/** Receives the notable saga events (a stuck saga, a compensation burst) as they happen. */
@FunctionalInterface
public interface SagaEventListener {
    void onEvent(SagaEvent event);
}
