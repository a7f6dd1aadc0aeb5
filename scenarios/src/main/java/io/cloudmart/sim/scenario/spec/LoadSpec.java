package io.cloudmart.sim.scenario.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The open arrival process: Poisson arrivals whose rate is piecewise constant ({@code stages}) or
 * follows a {@code shape}, scaled by {@code scale}; the journeys an arriving request picks from in
 * proportion to their weights; and the clients who send them.
 *
 * @param stages       rate levels run in order from t = 0; after the last one its rate holds to the
 *                     end of the run. One or more when the file wrote {@code rate} or
 *                     {@code stages}; empty when it wrote a {@code shape}.
 * @param journeys     journeys by name, in file order; never empty
 * @param constantRate true when the file wrote a single {@code rate:} (then {@code stages} holds
 *                     one stage lasting the whole run), false when it wrote {@code stages:} or a
 *                     {@code shape:}; kept so that {@code cmsim explain} prints the load the way it
 *                     was written
 * @param shape        the rate shape; null when the file wrote {@code rate} or {@code stages}
 * @param scale        factor (dimensionless, {@code > 0}) applied to every rate, whatever the form;
 *                     default 1
 * @param clients      the consumers and bots sending the requests
 */
public record LoadSpec(List<StageSpec> stages, Map<String, JourneySpec> journeys, boolean constantRate,
                       RateShapeSpec shape, double scale, ClientsSpec clients) {

    /** Scale when the file gives none. */
    public static final double DEFAULT_SCALE = 1.0;

    public LoadSpec {
        stages = Copies.list(stages, "stages");
        journeys = Copies.orderedMap(journeys, "journeys");
        Objects.requireNonNull(clients, "clients");
    }

    /** A load given by {@code rate} or {@code stages}, unscaled, with the default clients. */
    public LoadSpec(List<StageSpec> stages, Map<String, JourneySpec> journeys, boolean constantRate) {
        this(stages, journeys, constantRate, null, DEFAULT_SCALE, ClientsSpec.DEFAULT);
    }

    /** A constant rate (requests per second) held for {@code durationSeconds}, the whole run. */
    public static LoadSpec constant(double ratePerSecond, double durationSeconds, Map<String, JourneySpec> journeys) {
        return new LoadSpec(List.of(new StageSpec(durationSeconds, ratePerSecond)), journeys, true);
    }

    /**
     * The arrival rate at simulated time {@code timeSeconds}, requests per second, scale included
     * (0 for a replayed trace, which has no rate).
     */
    public double rateAt(double timeSeconds) {
        if (shape != null) {
            return scale * shape.rateAt(timeSeconds);
        }
        double end = 0.0;
        for (StageSpec stage : stages) {
            end += stage.durationSeconds();
            if (timeSeconds < end) {
                return scale * stage.ratePerSecond();
            }
        }
        return scale * stages.get(stages.size() - 1).ratePerSecond();
    }

    /** The sum of the journey weights (dimensionless); a journey is picked with weight / total. */
    public double totalWeight() {
        return journeys.values().stream().mapToDouble(JourneySpec::weight).sum();
    }
}
