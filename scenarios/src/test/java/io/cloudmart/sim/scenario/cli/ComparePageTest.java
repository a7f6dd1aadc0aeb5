package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.ChartStyle;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.scenario.output.TimeseriesTable;

/**
 * compare.html on three made-up runs (the third from a folder without timeseries.csv): run {@code i} is line {@code i}
 * of every chart, so it has the palette's colour {@code i} in the legend at the top and in every chart, and no other
 * run's colour is drawn.
 */
class ComparePageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LABELS = List.of("baseline.yaml", "--set services.api.replicas=3",
            "earlier-run");
    private static final String SERIES = """
            bucket_start_s,bucket_end_s,client.latency.p99_ms,client.latency.mean_ms,client.requests_per_s,svc.api.replicas
            0,10,%1$s,%2$s,20,2
            10,20,%3$s,%4$s,21,2
            20,30,,,19,3
            """;

    /** A results.json with two replications of latency {@code ms}, {@code ms + 1}. */
    private static JsonNode results(double ms) {
        ObjectNode r = JSON.createObjectNode();
        r.put("scenario", "made-up");
        r.put("seed", 1);
        r.put("replications", 2);
        r.putArray("overrides");
        ArrayNode values = r.putArray("replicationValues");
        for (int i = 0; i < 2; i++) {
            ObjectNode one = values.addObject();
            one.put("replication", i);
            one.putObject("latencyMs").put("mean", ms + i).put("p99", 3 * (ms + i));
            one.put("errorShare", 0.01);
        }
        return r;
    }

    private static List<ComparePage.Run> runs() {
        return List.of(
                new ComparePage.Run(new ResultRow(LABELS.get(0), results(100)),
                        Optional.of(TimeseriesTable.parse(String.format(SERIES, 300, 100, 310, 101), "a"))),
                new ComparePage.Run(new ResultRow(LABELS.get(1), results(80)),
                        Optional.of(TimeseriesTable.parse(String.format(SERIES, 240, 80, 250, 81), "b"))),
                new ComparePage.Run(new ResultRow(LABELS.get(2), results(90)), Optional.empty()));
    }

    private static List<Comparison> comparisons(List<ComparePage.Run> runs) {
        return Comparison.against(runs.stream().map(ComparePage.Run::row).toList());
    }

    private static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    @Test
    void everyChartHasOneLinePerRunInTheRunsOrder() {
        Report report = ComparePage.report(runs(), comparisons(runs()));
        List<Chart> charts = new ArrayList<>();
        for (Section s : report.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Chart chart) {
                    charts.add(chart);
                }
            }
        }
        // p99, mean, throughput and pods: the columns the series have; no errors or nodes chart
        assertThat(charts).extracting(Chart::title).containsExactly("p99 latency", "Mean latency", "Throughput",
                "Pods of all services");
        for (Chart chart : charts) {
            assertThat(chart.lines()).extracting(Line::name).as(chart.title()).containsExactlyElementsOf(LABELS);
            assertThat(chart.lines().get(2).size()).as("the run without series keeps its place").isZero();
        }
        assertThat(charts.get(0).lines().get(1).y()).containsExactly(240, 250, Double.NaN);
    }

    @Test
    void eachRunHasOneColourInTheLegendAndInEveryChart() {
        String html = ComparePage.html(runs(), comparisons(runs()));
        Matcher entries = Pattern.compile("<span class=\"legend-entry\" data-colour=\"(#[0-9a-f]{6})\">.*?</span>"
                + "([^<]*)</span>").matcher(html);
        List<String> colours = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (entries.find()) {
            colours.add(entries.group(1));
            names.add(entries.group(2));
        }
        assertThat(names).containsExactlyElementsOf(LABELS);
        List<Color> palette = ChartStyle.DEFAULT.palette();
        for (int i = 0; i < LABELS.size(); i++) {
            assertThat(colours.get(i)).isEqualTo(String.format("#%06x", palette.get(i).getRGB() & 0xFFFFFF));
        }
        assertThat(html.indexOf("class=\"legend\"")).as("the legend comes before the first chart")
                .isLessThan(html.indexOf("<svg"));
        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            String chart = svg.group();
            for (int i = 0; i < LABELS.size(); i++) {
                // the page writes the palette as the colour scheme's variables, the drawn colour as fallback
                assertThat(chart).as("chart " + charts + ", run " + i)
                        .contains("stroke:var(--series-" + i + "," + rgb(palette.get(i)) + ")");
            }
            for (int i = LABELS.size(); i < palette.size(); i++) {
                assertThat(chart).as("chart " + charts + ", colour " + i).doesNotContain(rgb(palette.get(i)));
            }
        }
        assertThat(charts).isEqualTo(4);
        assertThat(html).contains("earlier-run (no data)");
    }

    @Test
    void thePageHasEachVariantsTableWithItsSentences() {
        List<Comparison> comparisons = comparisons(runs());
        String html = ComparePage.html(runs(), comparisons);
        for (Comparison c : comparisons) {
            assertThat(html).contains(c.variant().label() + " against baseline.yaml");
            c.figures().forEach(f -> assertThat(html).contains(f.sentence()));
        }
        assertThat(comparisons.get(0).figures().get(0).sentence()).startsWith("latency mean is 20.0 ms lower");
    }
}
