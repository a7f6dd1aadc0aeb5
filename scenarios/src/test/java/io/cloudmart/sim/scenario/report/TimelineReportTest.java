package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.report.Band;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.HtmlReportWriter;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Timeline;

/**
 * The timeline and the bands in a real report: the saga outage scenario (payment refuses every connection from
 * 10 to 15 min of a 30 min run, and the checkout saga compensates meanwhile).
 */
class TimelineReportTest {
    private static final Pattern SVG = Pattern.compile("<svg [^>]*>");

    private final TimelineRuns run = TimelineRuns.catalog("saga-payment-outage");
    private final Report report = new ReportComposer(run.spec(), run.result()).compose();
    private final TimeAxis axis = TimeAxis.forDuration(run.spec().durationSeconds());

    @Test
    void theTimelineListsTheOutageAndTheCompensationBurstsInMinutes() {
        Section section = report.sections().stream().filter(s -> s.heading().equals(TimelineSection.HEADING))
                .findFirst().orElseThrow();
        Timeline timeline = (Timeline) section.blocks().get(0);

        assertThat(report.sections().get(1)).isSameAs(section);
        assertThat(timeline.xLabel()).isEqualTo("simulated time (min)");
        assertThat(timeline.entries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("outage");
            assertThat(e.from()).isEqualTo(10.0);
            assertThat(e.to()).isEqualTo(15.0);
            assertThat(e.when()).isEqualTo("10.00–15.00 min");
            assertThat(e.text()).isEqualTo("payment refuses every connection");
        });
        assertThat(timeline.entries()).filteredOn(e -> e.kind().equals("saga")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.text()).startsWith("saga checkout: compensation burst");
            assertThat(e.from()).isBetween(10.0, 16.0);
        });
        assertThat(timeline.entries()).extracting(Timeline.Entry::from).isSorted();
    }

    @Test
    void everyTimeChartShowsTheOutageAsABandAndOtherChartsDoNot() {
        List<Chart> charts = charts(report);
        List<Chart> timeCharts = charts.stream().filter(c -> c.xLabel().equals(axis.label())).toList();

        assertThat(timeCharts).hasSizeGreaterThan(4);
        assertThat(timeCharts).allSatisfy(c -> assertThat(c.bands()).containsExactly(
                new Band(10, 15, "payment outage")));
        assertThat(charts).filteredOn(c -> !c.xLabel().equals(axis.label())).allSatisfy(c ->
                assertThat(c.bands()).isEmpty());
    }

    @Test
    void eachTimeChartIsOneHighlightTargetWhoseMappingIsItsXRange() {
        String html = new HtmlReportWriter().render(report);
        List<Chart> drawn = charts(report).stream().filter(c -> c.lines().stream().anyMatch(l -> l.x().length > 0))
                .toList();
        List<String> svgs = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            // the charts JFreeSVG drew, not the page's hand-drawn pictures (the topology diagram, a waterfall)
            if (m.group().contains("xmlns:xlink")) {
                svgs.add(m.group());
            }
        }

        assertThat(svgs).hasSameSizeAs(drawn);
        int targets = 0;
        for (int i = 0; i < svgs.size(); i++) {
            Chart chart = drawn.get(i);
            String svg = svgs.get(i);
            if (!chart.xLabel().equals(axis.label())) {
                assertThat(attribute(svg, "data-x-label")).isNotEqualTo(axis.label());
                continue;
            }
            targets++;
            assertThat(attribute(svg, "data-x-label")).isEqualTo(axis.label());
            assertThat(Double.parseDouble(attribute(svg, "data-x-from"))).as(chart.title()).isEqualTo(lowest(chart));
            assertThat(Double.parseDouble(attribute(svg, "data-x-to"))).as(chart.title()).isEqualTo(highest(chart));
            assertThat(Double.parseDouble(attribute(svg, "data-plot-left")))
                    .isLessThan(Double.parseDouble(attribute(svg, "data-plot-right")));
        }
        assertThat(targets).isEqualTo(charts(report).stream().filter(c -> c.xLabel().equals(axis.label())).count());
        assertThat(html.split("<div class=\"timeline\" data-x-label=\"simulated time \\(min\\)\">", -1)).hasSize(2);
        assertThat(html).contains("<script>");
    }

    @Test
    void withSeveralReplicationsTheBandsAreTheScenariosOutagesAndTheTimelineSaysWhoseEventsItShows() {
        TimelineRuns spot = TimelineRuns.resource("cluster");
        List<TimelineWindow> one = TimelineWindow.of(spot.spec(), spot.result());
        assertThat(one).extracting(TimelineWindow::label).contains("spot notice");
        assertThat(one).filteredOn(w -> w.label().equals("spot notice"))
                .allSatisfy(w -> assertThat(w.toSeconds() - w.fromSeconds()).isPositive().isLessThanOrEqualTo(120));

        var two = new io.cloudmart.sim.core.run.ExperimentResult(List.of(run.result().replications().get(0),
                run.result().replications().get(0)), run.result().wallSeconds());
        assertThat(TimelineWindow.of(run.spec(), two)).containsExactly(
                new TimelineWindow(600, 900, "payment outage", "payment refuses every connection"));
        Section section = new TimelineSection(run.spec(), two).build().orElseThrow();
        assertThat(section.intro()).contains("replication 1 of 2");
    }

    /** The chart's x range as the renderer sets it: its data, markers and bands. */
    private static double lowest(Chart chart) {
        double low = Double.POSITIVE_INFINITY;
        for (Line line : chart.lines()) {
            for (double x : line.x()) {
                low = Math.min(low, x);
            }
        }
        for (Marker marker : chart.markers()) {
            low = Math.min(low, marker.x());
        }
        for (Band band : chart.bands()) {
            low = Math.min(low, band.from());
        }
        return low;
    }

    private static double highest(Chart chart) {
        double high = Double.NEGATIVE_INFINITY;
        for (Line line : chart.lines()) {
            for (double x : line.x()) {
                high = Math.max(high, x);
            }
        }
        for (Marker marker : chart.markers()) {
            high = Math.max(high, marker.x());
        }
        for (Band band : chart.bands()) {
            high = Math.max(high, band.to());
        }
        return high;
    }

    private static List<Chart> charts(Report report) {
        List<Chart> charts = new ArrayList<>();
        for (Section section : report.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Chart chart) {
                    charts.add(chart);
                }
            }
        }
        return charts;
    }

    private static String attribute(String svg, String name) {
        Matcher m = Pattern.compile(" " + name + "='([^']*)'").matcher(svg);
        return m.find() ? m.group(1) : "";
    }
}
