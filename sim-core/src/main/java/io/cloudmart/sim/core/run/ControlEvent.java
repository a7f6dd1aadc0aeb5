package io.cloudmart.sim.core.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One decision of a control loop (an autoscaler, the scheduler, a rollout), with the inputs it used, as
 * {@code events.jsonl} records it: e.g. the HPA of {@code order} at 135 s, {@code scaleUp}, with
 * {@code currentReplicas}, the metric, {@code desiredReplicas} and the limit that applied.
 *
 * @param time       simulated time, seconds
 * @param controller who decided, e.g. {@code hpa/order} or {@code cluster-autoscaler}
 * @param decision   what it decided, a short camelCase word of that controller's own vocabulary
 * @param inputs     the figures it decided on, in a stable order; values are numbers, strings or booleans
 */
public record ControlEvent(double time, String controller, String decision, Map<String, Object> inputs) {
    public ControlEvent {
        if (controller == null || controller.isBlank() || decision == null || decision.isBlank()) {
            throw new IllegalArgumentException("a control event needs a controller and a decision");
        }
        for (Object value : inputs.values()) {
            if (!(value instanceof Number || value instanceof String || value instanceof Boolean)) {
                throw new IllegalArgumentException("input values are numbers, strings or booleans, got " + value);
            }
        }
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
