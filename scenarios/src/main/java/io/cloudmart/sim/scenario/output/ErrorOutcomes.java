package io.cloudmart.sim.scenario.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The error answers of results.json's {@code requests.byOutcome}: every outcome but 200 (answered) and 429
 * (rate-limited, told apart everywhere), largest first. The console names the largest few, the report's summary the
 * largest one; one reading, so the two cannot disagree on which status failed most.
 */
public final class ErrorOutcomes {
    private static final String OK = "200";
    private static final String RATE_LIMITED = "429";

    private ErrorOutcomes() {
    }

    /** The error outcomes and their counts, largest first; equal counts keep the file's order. */
    public static List<Map.Entry<String, Double>> largestFirst(JsonNode byOutcome) {
        List<Map.Entry<String, Double>> errors = new ArrayList<>();
        byOutcome.fields().forEachRemaining(outcome -> {
            if (!outcome.getKey().equals(OK) && !outcome.getKey().equals(RATE_LIMITED)) {
                errors.add(Map.entry(outcome.getKey(), outcome.getValue().asDouble()));
            }
        });
        errors.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()));
        return errors;
    }
}
