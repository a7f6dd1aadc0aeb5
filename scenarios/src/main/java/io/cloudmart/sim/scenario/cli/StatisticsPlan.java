package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.core.run.AutoWarmup;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ModelFactory;
import io.cloudmart.sim.core.run.PrecisionFigure;
import io.cloudmart.sim.core.run.RelativePrecision;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.run.SequentialReplications;
import io.cloudmart.sim.model.Shop;
import io.cloudmart.sim.model.trace.TraceSampling;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.output.ResultsJson;
import io.cloudmart.sim.scenario.output.RunStatistics;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.StatisticsSpec;

/**
 * Runs a scenario's replications as its statistics ask: with {@code warmup: auto}, first a pilot that MSER-5 reads
 * ({@link AutoWarmup}); with {@code precision}, replication after replication until every headline figure is
 * precise enough ({@link SequentialReplications}); otherwise exactly {@code replications}.
 */
final class StatisticsPlan {
    /** The latency series MSER-5 reads: what the clients saw, per second. */
    static final String LATENCY_SERIES = "client.latency";

    private StatisticsPlan() {
    }

    /**
     * What ran.
     *
     * @param spec       the scenario with the warm-up it ran with (the cut, with {@code auto})
     * @param result     the replications kept
     * @param statistics how the warm-up and the count were chosen
     */
    record Done(ScenarioSpec spec, ExperimentResult result, RunStatistics statistics) {
    }

    /**
     * Runs {@code spec}; {@code trace} samples requests of the measured run (the pilot of {@code warmup: auto} is
     * never traced: its requests are not the ones reported).
     */
    static Done run(ScenarioSpec spec, TraceSampling trace, DoubleConsumer progress) {
        ReplicationRunner runner = ReplicationRunner.onAllCores();
        Shop pilotShop = ShopAssembler.shop(spec);
        ModelFactory shop = pilotShop.traced(trace);
        StatisticsSpec statistics = spec.statistics();
        int first = statistics.hasPrecision() ? Math.max(spec.replications(), StatisticsSpec.MIN_REPLICATIONS)
                : spec.replications();
        Optional<AutoWarmup.Choice> warmup = Optional.empty();
        ScenarioSpec measured = spec;
        if (statistics.warmupAuto()) {
            AutoWarmup.Choice choice = AutoWarmup.choose(runner, ShopAssembler.settings(spec), first, pilotShop,
                    LATENCY_SERIES, progress);
            warmup = Optional.of(choice);
            measured = spec.withWarmupSeconds(choice.cutSeconds());
        }
        if (!statistics.hasPrecision()) {
            ExperimentResult result = runner.run(ShopAssembler.settings(measured), first, shop, progress);
            return new Done(measured, result, new RunStatistics(warmup, Optional.empty(), Double.NaN));
        }
        SequentialReplications.Outcome outcome = new SequentialReplications(runner,
                new RelativePrecision(statistics.precision()), first, statistics.maxReplications())
                .run(ShopAssembler.settings(measured), shop, StatisticsPlan::figures, progress);
        return new Done(measured, outcome.result(),
                new RunStatistics(warmup, Optional.of(outcome), statistics.precision()));
    }

    /**
     * The client's figures and the bill ({@link HeadlineFigure#CLIENT_AND_BILL}), each replication's value read from results.json's
     * {@code replicationValues} (so the figures judged are exactly those written); shares judged with a floor of
     * one percentage point (see {@link RelativePrecision}).
     */
    static List<PrecisionFigure> figures(List<ReplicationResult> replications) {
        JsonNode values = ResultsJson.replicationValues(new ExperimentResult(replications, 0));
        List<PrecisionFigure> figures = new ArrayList<>();
        for (HeadlineFigure figure : HeadlineFigure.CLIENT_AND_BILL) {
            double floor = figure.unit().equals("%") ? 1.0 : 0.0;
            figures.add(new PrecisionFigure(figure.words(), figure.values(values), floor));
        }
        return figures;
    }
}
