package io.cloudmart.sim.scenario.spec;

import java.util.List;
import java.util.Map;

/**
 * The open arrival process: Poisson arrivals whose rate is piecewise constant, and the journeys an
 * arriving request picks from in proportion to their weights.
 *
 * @param stages       rate levels run in order from t = 0; after the last one its rate holds to the
 *                     end of the run. Never empty.
 * @param journeys     journeys by name, in file order; never empty
 * @param constantRate true when the file wrote a single {@code rate:} (then {@code stages} holds
 *                     one stage lasting the whole run), false when it wrote {@code stages:}; kept so
 *                     that {@code cmsim explain} prints the load the way it was written
 */
public record LoadSpec(List<StageSpec> stages, Map<String, JourneySpec> journeys, boolean constantRate) {

    public LoadSpec {
        stages = Copies.list(stages, "stages");
        journeys = Copies.orderedMap(journeys, "journeys");
    }

    /** A constant rate (requests per second) held for {@code durationSeconds}, the whole run. */
    public static LoadSpec constant(double ratePerSecond, double durationSeconds, Map<String, JourneySpec> journeys) {
        return new LoadSpec(List.of(new StageSpec(durationSeconds, ratePerSecond)), journeys, true);
    }

    /** The arrival rate at simulated time {@code timeSeconds}, requests per second. */
    public double rateAt(double timeSeconds) {
        double end = 0.0;
        for (StageSpec stage : stages) {
            end += stage.durationSeconds();
            if (timeSeconds < end) {
                return stage.ratePerSecond();
            }
        }
        return stages.get(stages.size() - 1).ratePerSecond();
    }

    /** The sum of the journey weights (dimensionless); a journey is picked with weight / total. */
    public double totalWeight() {
        return journeys.values().stream().mapToDouble(JourneySpec::weight).sum();
    }
}
