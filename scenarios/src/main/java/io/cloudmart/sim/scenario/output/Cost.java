package io.cloudmart.sim.scenario.output;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The {@code cost} block. Scenarios cannot price nodes yet (no {@code finops} section exists), so
 * nothing is priced: every amount is exactly 0 and {@code priced} says why, rather than inventing
 * a price.
 */
final class Cost {
    private Cost() {
    }

    static ObjectNode unpriced(ScenarioSpec spec) {
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        n.put("priced", false);
        n.put("note", "no finops section: nodes are not priced, so every amount is 0");
        n.put("total", 0);
        n.put("currency", "USD");
        n.put("nodeHours", 0);
        ObjectNode perService = n.putObject("perService");
        spec.services().keySet().forEach(name -> perService.put(name, 0));
        n.put("idle", 0);
        return n;
    }
}
