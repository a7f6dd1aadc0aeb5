package io.cloudmart.sim.scenario.cli;

import java.util.List;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.output.ResultsJson;
import io.cloudmart.sim.scenario.output.TimeseriesTable;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/** Loads and runs one scenario in memory, for commands that run several (compare, sweep). */
final class Experiment {
    private Experiment() {
    }

    /**
     * What compare's page needs of a run: its results.json and its time series (the means over replications that
     * its timeseries.csv would hold).
     */
    record Outcome(ObjectNode results, TimeseriesTable series) {
    }

    static ObjectNode run(String scenario, List<String> overrides, DoubleConsumer progress) throws ScenarioException {
        return runWithSeries(scenario, overrides, progress).results();
    }

    static Outcome runWithSeries(String scenario, List<String> overrides, DoubleConsumer progress)
            throws ScenarioException {
        ScenarioSpec spec = new ScenarioSource().load(scenario, overrides);
        ExperimentResult result = ReplicationRunner.onAllCores()
                .run(ShopAssembler.settings(spec), spec.replications(), ShopAssembler.shop(spec), progress);
        return new Outcome(ResultsJson.build(spec, result, overrides), TimeseriesTable.of(result));
    }
}
