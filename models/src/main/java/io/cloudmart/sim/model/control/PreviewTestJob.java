package io.cloudmart.sim.model.control;

import io.cloudmart.sim.core.EventHandle;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.gateway.RequestIdentity;
import io.cloudmart.sim.model.rollout.PreviewTest;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.Service;

/**
 * A person's test Job calling a blue-green rollout's preview Service (which selects the preview pods only): one
 * request every {@code 1 / ratePerSecond} seconds, to the preview's Ready pods in turn, from {@link #start} until
 * {@link #stop}. Its answers are the preview version's only traffic, so its per-version metrics (what a
 * pre-promotion analysis reads) come from these. No random draw: the spacing is fixed and the pods are taken in
 * turn, so a test shifts no other stream.
 *
 * <p>[CHOICE] The test calls the pod directly, without the mesh's sidecar hop and retries: it measures the version,
 * not the mesh. While the preview has no Ready pod (or the service is in an outage) a request would be refused;
 * it is then not sent, since no figure counts refused test calls.
 */
final class PreviewTestJob {
    /** [CHOICE] The test Job's source address, in the cluster's pod range (shows in logs, matches no consumer). */
    static final String SOURCE_IP = "10.0.255.1";
    /** [CHOICE] Requests of no journey: the journey index the other non-client callers use (sagas' orchestrator). */
    private static final int NO_JOURNEY = -1;

    private final PreviewTest test;
    private final Deployment preview;
    private final Service service;
    private final int endpoint;
    private final Simulation simulation;
    private final ReleaseMeter meter;
    private final RequestIdentity identity = RequestIdentity.anonymous(SOURCE_IP);
    private EventHandle sending;
    private long sent;

    PreviewTestJob(PreviewTest test, Deployment preview, Simulation simulation, ReleaseMeter meter) {
        this.test = test;
        this.preview = preview;
        this.service = preview.service();
        this.endpoint = service.endpointIndex(test.endpoint());
        this.simulation = simulation;
        this.meter = meter;
    }

    void start() {
        if (sending == null) {
            sending = simulation.every(1 / test.ratePerSecond(), "preview test " + service.name(), this::send);
        }
    }

    /** Ends the Job; requests in flight still come back and count. */
    void stop() {
        if (sending != null) {
            sending.cancel();
        }
    }

    private void send() {
        if (service.isDown()) {
            return;
        }
        Pod pod = nextReadyPod();
        if (pod == null) {
            return;
        }
        service.handleOn(pod, endpoint, new Request(simulation.now(), NO_JOURNEY, identity),
                outcome -> meter.previewTestAnswered(outcome.isOk()));
    }

    /** The preview's Ready pods taken in turn (the sent count picks among those Ready now). */
    private Pod nextReadyPod() {
        int ready = ReadyPods.of(preview);
        if (ready == 0) {
            return null;
        }
        int pick = (int) (sent++ % ready);
        for (Pod pod : preview.pods()) {
            if (pod.state() == PodState.READY && pick-- == 0) {
                return pod;
            }
        }
        throw new IllegalStateException("ready pods changed while picking one");
    }
}
