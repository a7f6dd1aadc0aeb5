package io.cloudmart.sim.scenario.cli;

import java.util.List;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.model.trace.TraceSampling;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.output.ResultsJson;
import io.cloudmart.sim.scenario.output.TimeseriesTable;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/** Loads and runs one scenario in memory, for {@code compare}, which runs several. */
final class Experiment {
    private Experiment() {
    }

    /**
     * What compare's page needs of a run: its results.json and its time series (the means over replications that
     * its timeseries.csv would hold).
     */
    record Outcome(ObjectNode results, TimeseriesTable series) {
    }

    static Outcome runWithSeries(String scenario, List<String> overrides, DoubleConsumer progress)
            throws ScenarioException {
        ScenarioSpec spec = new ScenarioSource().load(scenario, overrides);
        // as `cmsim run` would: warmup: auto and precision are honoured (pairs then match by replication index)
        StatisticsPlan.Done done = StatisticsPlan.run(spec, TraceSampling.OFF, progress);
        ObjectNode results = done.statistics().addTo(ResultsJson.build(done.spec(), done.result(), overrides));
        return new Outcome(results, TimeseriesTable.of(done.result()));
    }
}
