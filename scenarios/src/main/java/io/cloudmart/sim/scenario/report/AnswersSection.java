package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.scenario.output.Figures;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/** The journeys and answers part: per-journey figures, then answers by status and errors per second over time. */
final class AnswersSection {
    private final ScenarioSpec spec;
    private final ExperimentResult result;
    private final Figures figures;
    private final SeriesCharts charts;

    AnswersSection(ScenarioSpec spec, ExperimentResult result, Figures figures, SeriesCharts charts) {
        this.spec = spec;
        this.result = result;
        this.figures = figures;
        this.charts = charts;
    }

    Section build() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(JourneyTable.of(spec, figures));
        StatusCodeChart codes = new StatusCodeChart(result, charts);
        blocks.add(codes.answers());
        boolean anyError = codes.produced().stream().anyMatch(StatusCodeChart::isError);
        blocks.add(anyError ? codes.errors() : new Paragraph("No request was answered with an error."));
        return new Section("Journeys and answers", "Each journey is one kind of client visit; the charts count every"
                + " answer by its HTTP status and, for the answers a sidecar made itself, Envoy's response flag (UO:"
                + " connection pool full, UH: no healthy pod, UT: timeout, UC: connection reset, NR: no route),"
                + " warm-up included.", blocks);
    }
}
