package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScatterChartTest {
    private static final ScatterChartRenderer RENDERER = new ScatterChartRenderer(ChartStyle.DEFAULT);
    private static final double[] X = {1, 10, 100, 1000};
    /** Below 1, so the y axis's tick labels (0, 0.1, …) are told from the x axis's. */
    private static final double[] Y = {0.5, 0.4, 0.3, 0.2};
    /** The width of the bars' stroke (1.2 px as a float), as JFreeSVG writes it. */
    private static final String ERROR_STROKE = "stroke-width:1.2000000476837158";

    private static ScatterChart chart(ScatterChart.Scale scale, double[] low, double[] high, List<String> labels) {
        return new ScatterChart("p99 against replicas", "replicas", "p99 (ms)", scale, null,
                List.of(new ScatterChart.Series("p99", X, Y, low, high, labels, true)));
    }

    @Test
    void aLogAxisPutsTheDecadesAtEqualDistances() {
        String svg = RENDERER.render(chart(ScatterChart.Scale.LOG, null, null, null), "c1").orElseThrow();
        assertThat(svg).startsWith("<svg role='img' aria-label='p99 against replicas'");
        // over more than three decades a tick per power of ten
        assertThat(texts(svg)).contains("1", "10", "100", "1,000").doesNotContain("2", "5", "500");
        // over fewer, at 1, 2 and 5 times the powers, none elsewhere (JFreeChart's LogAxis would put one at 3.162)
        ScatterChart twoDecades = new ScatterChart("p99 against rate", "rate", "p99 (ms)", ScatterChart.Scale.LOG, null,
                List.of(new ScatterChart.Series("p99", new double[] {1, 10, 100}, new double[] {0.5, 0.4, 0.3}, null,
                        null, null, true)));
        assertThat(texts(RENDERER.render(twoDecades, "c3").orElseThrow()))
                .contains("1", "2", "5", "10", "20", "50", "100").doesNotContain("3.162", "30", "200");
        String linear = RENDERER.render(chart(ScatterChart.Scale.LINEAR, null, null, null), "c1").orElseThrow();
        // a linear axis from 1 to 1,000 has no tick at 1 or 10 (its ticks are hundreds)
        assertThat(texts(linear)).doesNotContain("1", "10");
    }

    @Test
    void intervalsAddABarPerMarkAndLabelsAreWrittenBesideTheMarks() {
        String without = RENDERER.render(chart(ScatterChart.Scale.LOG, null, null, null), "c1").orElseThrow();
        String with = RENDERER.render(chart(ScatterChart.Scale.LOG, new double[] {0.45, 0.35, 0.25, 0.15},
                new double[] {0.55, 0.45, 0.35, 0.25}, List.of("a1", "b2", "c3", "d4")), "c1").orElseThrow();
        // each bar is a stem and two caps, in the bars' stroke; marks without an interval have none
        assertThat(count(without, ERROR_STROKE)).isZero();
        assertThat(count(with, ERROR_STROKE)).isEqualTo(4 * 3);
        assertThat(with).contains(">a1<", ">b2<", ">c3<", ">d4<");
    }

    @Test
    void anIntervalReachingBelowZeroDoesNotTakeTheAxisBelowZero() {
        ScatterChart chart = new ScatterChart("p99 against cost", "cost", "p99 (ms)", null, null, List.of(
                new ScatterChart.Series("p99", new double[] {1, 2}, new double[] {20, 3}, new double[] {-15, 1},
                        new double[] {55, 5}, null, false)));
        List<String> ticks = texts(RENDERER.render(chart, "c4").orElseThrow());
        assertThat(ticks).contains("0").noneMatch(t -> t.startsWith("-"));
    }

    @Test
    void categoriesNameTheXPositions() {
        ScatterChart chart = new ScatterChart("p99 by policy", "policy", "p99 (ms)", null, List.of("ROUND_ROBIN",
                "LEAST_REQUEST"), List.of(new ScatterChart.Series("p99", new double[] {0, 1}, new double[] {30, 20},
                null, null, null, false)));
        assertThat(RENDERER.render(chart, "c2").orElseThrow()).contains(">ROUND_ROBIN<", ">LEAST_REQUEST<");
    }

    @Test
    void theSameChartGivesTheSameBytesAndAChartWithoutMarksGivesANote() {
        ScatterChart chart = chart(ScatterChart.Scale.LOG, null, null, List.of("a", "b", "c", "d"));
        assertThat(RENDERER.render(chart, "c1")).isEqualTo(RENDERER.render(chart, "c1"));
        ScatterChart empty = new ScatterChart("nothing", "x", "y", null, null, List.of(new ScatterChart.Series("s",
                new double[] {Double.NaN}, new double[] {1}, null, null, null, false)));
        String page = new HtmlReportWriter().render(new Report("t", "", List.of(), List.of(new Section("s", null,
                List.of(empty, chart)))));
        assertThat(page).contains("No data to plot for \u201Cnothing\u201D.", "<figure class=\"chart\">");
    }

    @Test
    void aLogAxisRefusesValuesAtOrBelowZero() {
        assertThatThrownBy(() -> new ScatterChart("t", "x", "y", ScatterChart.Scale.LOG, null, List.of(
                new ScatterChart.Series("s", new double[] {0, 1}, new double[] {1, 2}, null, null, null, false))))
                .hasMessageContaining("log axis needs x > 0");
    }

    /** The contents of the svg's text elements. */
    private static List<String> texts(String svg) {
        return java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg).results().map(m -> m.group(1))
                .toList();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
