package io.cloudmart.sim.model.service;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;

/**
 * The journal line of a pod that passed its readiness probe for the first time after its start-up: controller
 * {@code kubelet/<pod>} (the kubelet runs the probe and sets the pod's Ready condition), decision {@value #DECISION},
 * and how long each part of the way from creation to Ready took, so a reader of {@code events.jsonl} or the report
 * sees where a slow scale-up spent its time.
 *
 * <p>Only a {@link Deployment}'s new pods have one: the pods a run starts with are Ready at t = 0 without a start-up
 * and are no news; a container the kubelet restarts (after an OOM kill) in a pod that was Ready before has its
 * {@code OOMKilled} and {@code BackOff} lines, not a second {@value #DECISION}; a pod whose probe never passes has
 * none. One line per pod, never per request.
 *
 * <p>Inputs, in order: {@code service}, {@code version}, {@code secondsToReady} (creation to Ready), then the parts
 * that add up to it: {@code waitForNodeSeconds} (creation to bound: scheduling, and waiting for a node an autoscaler
 * adds), {@code imagePullSeconds} (0 when the node had the image), {@code containerStartSeconds},
 * {@code initSeconds} (init containers, e.g. Vault Agent's; 0 without) and {@code readinessSeconds} (app start until
 * the first probe that passes).
 */
public final class PodReady {
    /** The decision of the line. */
    public static final String DECISION = "Ready";

    private PodReady() {
    }

    /**
     * Records that {@code pod} became Ready now.
     *
     * @param boundAt               when it was bound to a node
     * @param imagePullSeconds      how long its image pull took
     * @param containerStartSeconds how long its containers took to start
     */
    static void record(ControlJournal journal, Pod pod, double now, double boundAt, double imagePullSeconds,
                       double containerStartSeconds) {
        double containersStarted = pod.startedAt();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("service", pod.service());
        inputs.put("version", pod.version().name());
        inputs.put("secondsToReady", now - pod.createdAt());
        inputs.put("waitForNodeSeconds", boundAt - pod.createdAt());
        inputs.put("imagePullSeconds", imagePullSeconds);
        inputs.put("containerStartSeconds", containerStartSeconds);
        // the same sum the start-up was scheduled with, so no init container gives exactly 0
        inputs.put("initSeconds", containersStarted - (boundAt + (imagePullSeconds + containerStartSeconds)));
        inputs.put("readinessSeconds", now - containersStarted);
        journal.record(pod.kubeletJournalName(), DECISION, inputs);
    }
}
