package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Marks coloured by verdict, and a second y axis for lines of another unit. */
class PointsAndRightAxisTest {
    private static final double NAN = Double.NaN;
    private static final String BAD_FILL = "fill:rgb(213,94,0)";
    private static final String GOOD_FILL = "fill:rgb(0,158,115)";
    /** Palette colour 1 (orange): the first right-axis line after one left line. */
    private static final String SECOND_COLOUR = "stroke:rgb(230,159,0)";

    private final SvgChartRenderer renderer = new SvgChartRenderer(ChartStyle.DEFAULT);

    private static Chart errorsAndWeight() {
        Line errors = new Line("error rate", new double[] {0, 1, 2, 3, 4}, new double[] {0, 2, 9, 11, 0});
        Line weight = new Line("weight", new double[] {0, 2, 2, 4}, new double[] {0, 0, 20, 20});
        return new Chart("Release", "simulated time (min)", "error rate (%)", List.of(errors), List.of())
                .withRightAxis("canary weight (%)", List.of(weight))
                .withPoints(List.of(
                        new Points("Successful", new double[] {1}, new double[] {2}, Points.Tone.GOOD),
                        new Points("Failed", new double[] {3, NAN, 3.5}, new double[] {11, 5, 10}, Points.Tone.BAD)));
    }

    @Test
    void drawsEachPointInItsTonesColourAndSkipsPointsWithoutAValue() {
        String svg = renderer.render(errorsAndWeight(), "c").orElseThrow();
        // one mark per plottable point plus the legend sample
        assertThat(count(svg, BAD_FILL)).isEqualTo(2 + 1);
        assertThat(count(svg, GOOD_FILL)).isEqualTo(1 + 1);
        assertThat(HtmlChecks.texts(svg)).contains("Successful", "Failed");
    }

    @Test
    void labelsBothAxesAndColoursTheRightAxisLinesAfterTheLeftOnes() {
        Chart chart = errorsAndWeight();
        String svg = renderer.render(chart, "c").orElseThrow();
        assertThat(HtmlChecks.texts(svg)).contains("error rate (%)", "canary weight (%)", "error rate", "weight");
        // the legend sample and one stroke for the weight's run of values
        assertThat(count(svg, SECOND_COLOUR)).isEqualTo(2);
        // without the right axis, the 20 % weight line and its orange are gone
        Chart left = new Chart(chart.title(), chart.xLabel(), chart.yLabel(), chart.lines(), chart.markers());
        assertThat(count(renderer.render(left, "d").orElseThrow(), SECOND_COLOUR)).isZero();
    }

    @Test
    void aRightAxisWithAMaximumStopsItsTickLabelsThereDespiteTheHeadRoomForMarkerLabels() {
        Line errors = new Line("error rate", new double[] {0, 4}, new double[] {3, 3});
        Line weight = new Line("weight", new double[] {0, 2, 2, 4}, new double[] {0, 0, 100, 100});
        List<Marker> markers = List.of(new Marker(1, "10 %"), new Marker(1.05, "pause 2 min"), new Marker(1.1, "analysis"));
        Chart fitted = new Chart("t", "x", "error rate (%)", List.of(errors), markers).withRightAxis("w", List.of(weight));
        Chart capped = new Chart("t", "x", "error rate (%)", List.of(errors), markers)
                .withRightAxis(new Chart.RightAxis("w", List.of(weight), 100));
        // three rows of marker labels: a fitted axis runs on to 120 or more, a capped one labels 100 at most (a tall
        // chart, so that the axis has ticks every 20)
        SvgChartRenderer tall = new SvgChartRenderer(ChartStyle.DEFAULT.withSize(900, 640));
        assertThat(HtmlChecks.texts(tall.render(fitted, "a").orElseThrow())).contains("120");
        assertThat(HtmlChecks.texts(tall.render(capped, "b").orElseThrow())).contains("100")
                .doesNotContain("120", "140");
        assertThatThrownBy(() -> new Chart.RightAxis("w", List.of(), 0)).hasMessageContaining("max must be > 0");
    }

    @Test
    void aSetWithoutAnyPlottablePointSaysSoInTheLegend() {
        Chart chart = new Chart("t", "x", "y", List.of(new Line("l", new double[] {0, 1}, new double[] {1, 2})),
                List.of()).withPoints(List.of(new Points("Failed", new double[] {NAN}, new double[] {1}, Points.Tone.BAD)));
        assertThat(HtmlChecks.texts(renderer.render(chart, "c").orElseThrow())).contains("Failed (none)");
    }

    @Test
    void stackedAreasTakeNeitherPointsNorARightAxis() {
        Line layer = new Line("a", new double[] {0, 1}, new double[] {1, 2});
        Chart stacked = Chart.stacked("s", "x", "y", List.of(layer), List.of());
        assertThatThrownBy(() -> stacked.withPoints(List.of(new Points("p", new double[] {0}, new double[] {1},
                Points.Tone.GOOD)))).hasMessageContaining("cannot have points");
        assertThatThrownBy(() -> stacked.withRightAxis("w", List.of(layer))).hasMessageContaining("right axis");
        assertThatThrownBy(() -> new Points("p", new double[] {0, 1}, new double[] {1}, Points.Tone.GOOD))
                .hasMessageContaining("2 x values but 1 y values");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
