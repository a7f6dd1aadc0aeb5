package io.cloudmart.sim.scenario.output;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.model.load.JourneyMetrics;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The {@code journeys} block of results.json: per journey of the load, in file order, what its clients saw after
 * warm-up: requests answered, end-to-end latency (ms), and the shares of errors (409, 404, 500, 503, 504) and of
 * 429s among its answers, each a mean over replications like the rest of the file.
 */
final class JourneysJson {
    private JourneysJson() {
    }

    static ObjectNode json(ScenarioSpec spec, Figures f) {
        ObjectNode all = ResultsJson.mapper().createObjectNode();
        for (String journey : spec.load().journeys().keySet()) {
            ObjectNode one = all.putObject(journey);
            String latency = JourneyMetrics.key(journey, "latency");
            ResultsJson.put(one, "requests", f.of(m -> m.tally(latency).count()).mean());
            one.set("latencyMs", ResultsJson.latency(f, latency, false));
            ResultsJson.put(one, "errorShare", f.of(m -> JourneyMetrics.share(m, journey, "errors")).mean());
            ResultsJson.put(one, "rateLimitedShare", f.of(m -> JourneyMetrics.share(m, journey, "rateLimited")).mean());
        }
        return all;
    }
}
