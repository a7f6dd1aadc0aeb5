package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Paragraph;

/**
 * The answers over time for the "Over time" part: what the flags mean, the answers per second by status and Envoy
 * flag, and the errors per second (or a sentence when there were none).
 */
final class AnswerCharts {
    private AnswerCharts() {
    }

    static List<Block> of(ExperimentResult result, SeriesCharts charts) {
        List<Block> blocks = new ArrayList<>();
        StatusCodeChart codes = new StatusCodeChart(result, charts);
        blocks.add(new Paragraph("Every answer counts under its HTTP status and, for the answers a sidecar made itself,"
                + " Envoy's response flag: UO connection pool full, UH no healthy pod, UT timeout, UC connection reset,"
                + " NR no route."));
        blocks.add(codes.answers());
        boolean anyError = codes.produced().stream().anyMatch(StatusCodeChart::isError);
        blocks.add(anyError ? codes.errors() : new Paragraph("No request was answered with an error."));
        return blocks;
    }
}
