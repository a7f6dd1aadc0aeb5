package io.cloudmart.sim.model.service;

/**
 * What has to finish between a pod's containers being created and its application containers starting: an init
 * container, such as the Vault Agent Injector's {@code vault-agent-init}. Kubernetes runs init containers to
 * completion, one after another, before it starts the app containers; until then the pod stays Pending.
 */
@FunctionalInterface
public interface StartGate {
    /** No init container: the app containers start at once. */
    StartGate NONE = (pod, start) -> start.run();

    /**
     * Runs {@code pod}'s init step and then {@code start} (which starts the app containers), now or later. If the pod
     * is deleted meanwhile the gate may drop {@code start}; {@code start} itself ignores a pod that is no longer Pending.
     */
    void beforeAppContainers(Pod pod, Runnable start);
}
