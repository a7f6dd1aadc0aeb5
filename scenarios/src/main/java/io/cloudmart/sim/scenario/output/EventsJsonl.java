package io.cloudmart.sim.scenario.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationResult;

/**
 * {@code events.jsonl}: every control-loop decision of every replication, one JSON object per line:
 * {@code {"replication":0,"timeSeconds":135,"controller":"hpa/order","decision":"scaleUp","inputs":{…}}}.
 * Empty when nothing in the scenario decides (no autoscaler).
 */
public final class EventsJsonl {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventsJsonl() {
    }

    public static String render(ExperimentResult result) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < result.replications().size(); r++) {
            ReplicationResult replication = result.replications().get(r);
            for (ControlEvent event : replication.controlEvents()) {
                out.append(line(r, event)).append('\n');
            }
        }
        return out.toString();
    }

    private static String line(int replication, ControlEvent event) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("replication", replication);
        ResultsJson.put(n, "timeSeconds", event.time());
        n.put("controller", event.controller());
        n.put("decision", event.decision());
        ObjectNode inputs = n.putObject("inputs");
        event.inputs().forEach((key, value) -> {
            if (value instanceof Integer || value instanceof Long) {
                inputs.put(key, ((Number) value).longValue());
            } else if (value instanceof Number number) {
                ResultsJson.put(inputs, key, number.doubleValue());
            } else if (value instanceof Boolean flag) {
                inputs.put(key, flag);
            } else {
                inputs.put(key, value.toString());
            }
        });
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a control event as JSON", e);
        }
    }
}
