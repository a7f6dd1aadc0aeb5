package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.stats.TimeSeries;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.load.ClientMetrics;
import io.cloudmart.sim.report.Chart;

/**
 * The answers clients got over time, by HTTP status and Envoy flag (200, 409, 429, 503 UO, 504 UT…), and the errors
 * among them per second. Only the outcomes the run produced are drawn, each always in its own colour: 200 green, 429
 * orange, 500 vermillion, 504 UT black, so two reports read alike.
 */
final class StatusCodeChart {
    private static final String ERRORS_TITLE = "Errors per second";
    private static final String ERRORS_AXIS = "errors per second";
    /** The total of several kinds of errors: black (as 504 UT) dashed, the palette's second round. */
    static final int TOTAL_COLOUR = 6 + io.cloudmart.sim.report.ChartStyle.COLOUR_BLIND_SAFE.size();

    private final ExperimentResult result;
    private final SeriesCharts charts;

    StatusCodeChart(ExperimentResult result, SeriesCharts charts) {
        this.result = result;
        this.charts = charts;
    }

    /** Every outcome that answered at least once in the run (warm-up included, as the chart shows it). */
    List<Outcome> produced() {
        List<Outcome> produced = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            TimeSeries series = result.meanSeries(ClientMetrics.outcomeKey(outcome));
            for (double rate : series.column("perSecond")) {
                if (rate > 0) {
                    produced.add(outcome);
                    break;
                }
            }
        }
        return produced;
    }

    /** Answers per second, one line per outcome the run produced. */
    Chart answers() {
        return charts.rates("Answers per second, by status and Envoy flag", refs(produced()), "answers per second");
    }

    /**
     * Errors per second (every answer but 200 and 429, as the summary counts them): each kind and, when there is
     * more than one, their total.
     */
    Chart errors() {
        List<Outcome> errors = produced().stream().filter(StatusCodeChart::isError).toList();
        List<SeriesCharts.Ref> refs = refs(errors);
        return errors.size() == 1 ? charts.rates(ERRORS_TITLE, refs, ERRORS_AXIS)
                : charts.withTotal(ERRORS_TITLE, ERRORS_AXIS, new SeriesCharts.Ref("", "", "all errors", TOTAL_COLOUR),
                        refs);
    }

    static boolean isError(Outcome outcome) {
        return outcome != Outcome.OK && outcome != Outcome.RATE_LIMITED;
    }

    private static List<SeriesCharts.Ref> refs(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> new SeriesCharts.Ref(ClientMetrics.outcomeKey(o), "perSecond", label(o),
                colour(o))).toList();
    }

    /** "200", "503 UO". */
    static String label(Outcome outcome) {
        return outcome.status() + (outcome.flag().isEmpty() ? "" : " " + outcome.flag());
    }

    /** The palette colour of each outcome, one declaration; the compiler asks for a new outcome's. */
    static int colour(Outcome outcome) {
        return switch (outcome) {
            case OK -> 2; // bluish green
            case RATE_LIMITED -> 1; // orange
            case CONFLICT -> 4; // reddish purple
            case SERVER_ERROR -> 3; // vermillion
            case UNAVAILABLE -> 7; // wine
            case OVERFLOW -> 5; // sky blue
            case NO_HEALTHY_UPSTREAM -> 9; // grey
            case RESET -> 0; // blue
            case TIMEOUT -> 6; // black
            case NO_ROUTE -> 8; // olive
        };
    }
}
