package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer;
import org.junit.jupiter.api.Test;

/** A stacked area chart draws each layer on top of the ones before it, its legend in stacking order. */
class StackedAreaChartTest {

    private static final double[] X = {0, 1, 2, 3};

    private static Chart threeLayers() {
        return Chart.stacked("Cost so far", "simulated time (min)", "cost (USD)", List.of(
                new Line("checkout", X, new double[] {0, 1, 2, 3}),
                new Line("catalog", X, new double[] {0, 2, 4, 4}),
                new Line("idle", X, new double[] {0, 1, 3, 5})), List.of(new Marker(1, "+1 node")));
    }

    @Test
    void theYAxisReachesTheSumOfTheLayersNotJustTheLargestLayer() {
        XYPlot plot = new XyChartAssembler(ChartStyle.DEFAULT).assemble(threeLayers()).chart().getXYPlot();

        assertThat(plot.getRenderer()).isInstanceOf(StackedXYAreaRenderer.class);
        // the top edge at x = 3 is 3 + 4 + 5 = 12; drawn as lines the highest value would be 5
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(12);
        assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(0);
        assertThat(plot.getDomainAxis().getLowerBound()).isEqualTo(0);
        assertThat(plot.getDomainAxis().getUpperBound()).isEqualTo(3);
    }

    @Test
    void drawsOneFilledAreaPerLayerInPaletteColoursWithTheLegendInStackingOrder() {
        String svg = new SvgChartRenderer(ChartStyle.DEFAULT).render(threeLayers(), "c").orElseThrow();

        List<String> texts = HtmlChecks.texts(svg);
        assertThat(texts).contains("Cost so far", "cost (USD)", "simulated time (min)", "+1 node");
        assertThat(texts).containsSubsequence("checkout", "catalog", "idle");
        for (String fill : List.of("fill:rgb(0,114,178)", "fill:rgb(230,159,0)", "fill:rgb(0,158,115)")) {
            // one area and one legend square per layer
            assertThat(svg.split(Pattern.quote(fill), -1)).as(fill).hasSize(3);
        }
        assertThat(svg).contains("stroke-dasharray"); // the marker
    }

    @Test
    void eachLayerIsDrawnFromTheTopOfTheLayersBelowToItsOwnTop() {
        String svg = new SvgChartRenderer(ChartStyle.DEFAULT).render(threeLayers(), "c").orElseThrow();

        // at x = 2 checkout spans 0..2, catalog 2..6 and idle 6..9; at x = 3 the stack is 12 high
        TreeMap<Double, double[]> checkout = verticesByColumn(svg, "fill:rgb(0,114,178)");
        TreeMap<Double, double[]> catalog = verticesByColumn(svg, "fill:rgb(230,159,0)");
        TreeMap<Double, double[]> idle = verticesByColumn(svg, "fill:rgb(0,158,115)");
        double atTwo = new ArrayList<>(checkout.keySet()).get(2);
        double base = checkout.lastEntry().getValue()[1];
        double perUnit = (base - idle.lastEntry().getValue()[0]) / 12;
        // the bottom layer's base is the x axis itself, closed at the first and last x only
        assertThat(units(base, perUnit, checkout.get(atTwo))).containsExactly(new double[] {2, 2}, WITHIN);
        assertThat(units(base, perUnit, catalog.get(atTwo))).containsExactly(new double[] {6, 2}, WITHIN);
        assertThat(units(base, perUnit, idle.get(atTwo))).containsExactly(new double[] {9, 6}, WITHIN);
    }

    private static final org.assertj.core.data.Offset<Double> WITHIN = within(0.1);

    private static double[] units(double base, double perUnit, double[] pixels) {
        return new double[] {(base - pixels[0]) / perUnit, (base - pixels[1]) / perUnit};
    }

    /**
     * The vertices of the area filled with {@code fill} in the plot, by pixel x: the highest and the
     * lowest pixel y at that x.
     */
    private static TreeMap<Double, double[]> verticesByColumn(String svg, String fill) {
        Matcher area = Pattern.compile("<g style='" + Pattern.quote(fill)
                + ";stroke:none' clip-path='url\\(#c-clip-1\\)'><path[^>]* d='([^']*)'").matcher(svg);
        assertThat(area.find()).as("an area filled " + fill).isTrue();
        TreeMap<Double, double[]> columns = new TreeMap<>();
        for (String point : area.group(1).replace("Z", "").substring(1).split("L")) {
            String[] xy = point.split(",");
            double y = Double.parseDouble(xy[1]);
            columns.merge(Double.parseDouble(xy[0]), new double[] {y, y},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        return columns;
    }

    @Test
    void aLineChartIsStillTheDefault() {
        Chart chart = new Chart("t", "x", "y", List.of(new Line("l", X, X)), List.of());

        assertThat(chart.kind()).isEqualTo(Chart.Kind.LINES);
        assertThat(new Chart("t", "x", "y", null, null, null).kind()).isEqualTo(Chart.Kind.LINES);
    }

    @Test
    void layersMustShareTheirXValuesAndHaveNoGaps() {
        Line base = new Line("base", X, X);
        assertThatThrownBy(() -> Chart.stacked("t", "x", "y",
                List.of(base, new Line("shifted", new double[] {0, 1, 2, 4}, X)), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'shifted' does not share the x values of layer 'base'");
        assertThatThrownBy(() -> Chart.stacked("t", "x", "y",
                List.of(base, new Line("gap", X, new double[] {0, Double.NaN, 1, 2})), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'gap' has a missing value");
        assertThatThrownBy(() -> Chart.stacked("t", "x", "y",
                List.of(new Line("back", new double[] {0, 2, 1}, new double[] {0, 0, 0})), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly ascending");
    }

    @Test
    void aStackWithoutLayersIsTheNoDataNote() {
        assertThat(new SvgChartRenderer(ChartStyle.DEFAULT)
                .render(Chart.stacked("t", "x", "y", List.of(), List.of()), "c")).isEmpty();
    }
}
