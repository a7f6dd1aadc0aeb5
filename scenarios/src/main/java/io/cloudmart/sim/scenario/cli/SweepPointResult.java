package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.Estimate;

/**
 * What a sweep keeps of one point's run: a line of points.jsonl (docs/results.md). Only what sweep.csv, the
 * page and the console table are made from, and nothing that depends on the machine (no wall time), so a point
 * run anywhere gives the same line.
 *
 * @param index             the point's number in the grid
 * @param values            its value of each axis
 * @param summary           the results.json figures the console table shows (requests, latencyMs, cost's total and
 *                          currency, stoppedEarly, each service's utilization)
 * @param replicationValues results.json's {@code replicationValues}
 */
record SweepPointResult(int index, List<String> values, JsonNode summary, JsonNode replicationValues) {
    private static final ObjectMapper JSON = new ObjectMapper();

    SweepPointResult {
        values = List.copyOf(values);
    }

    /** The point's share of a run's results.json. */
    static SweepPointResult of(int index, List<String> values, JsonNode results) {
        ObjectNode summary = JSON.createObjectNode();
        summary.set("requests", results.path("requests").deepCopy());
        summary.set("latencyMs", results.path("latencyMs").deepCopy());
        ObjectNode cost = summary.putObject("cost");
        cost.set("priced", results.path("cost").path("priced").deepCopy());
        cost.set("total", results.path("cost").path("total").deepCopy());
        cost.set("currency", results.path("cost").path("currency").deepCopy());
        if (results.has("stoppedEarly")) {
            summary.set("stoppedEarly", results.get("stoppedEarly").deepCopy());
        }
        ObjectNode services = summary.putObject("services");
        for (Iterator<Map.Entry<String, JsonNode>> it = results.path("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> service = it.next();
            services.putObject(service.getKey()).set("utilization", service.getValue().path("utilization").deepCopy());
        }
        return new SweepPointResult(index, values, summary, results.path("replicationValues").deepCopy());
    }

    /** One line of points.jsonl, without its newline. */
    String jsonLine() {
        ObjectNode line = JSON.createObjectNode();
        line.put("index", index);
        ArrayNode v = line.putArray("values");
        values.forEach(v::add);
        line.set("summary", summary);
        line.set("replicationValues", replicationValues);
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a line written by {@link #jsonLine}. */
    static SweepPointResult parse(String line) throws JsonProcessingException {
        JsonNode node = JSON.readTree(line);
        if (!node.path("index").isInt() || !node.path("values").isArray() || !node.path("replicationValues").isArray()) {
            throw new com.fasterxml.jackson.core.JsonParseException(null, "not a sweep point (index, values, replicationValues)");
        }
        List<String> values = new ArrayList<>();
        node.get("values").forEach(value -> values.add(value.asText()));
        return new SweepPointResult(node.get("index").asInt(), values, node.path("summary"), node.get("replicationValues"));
    }

    /** The bill's currency, or null when the scenario has no cluster (nothing priced). */
    String currency() {
        JsonNode cost = summary.path("cost");
        return cost.path("priced").asBoolean(false) ? cost.path("currency").asText("") : null;
    }

    Estimate estimate(SweepFigure figure) {
        return figure.estimate(replicationValues);
    }

    /** The row of the console table. */
    ResultRow row(String label) {
        return new ResultRow(label, summary);
    }
}
