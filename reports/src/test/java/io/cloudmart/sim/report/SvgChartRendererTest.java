package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartRendererTest {

    private static final double NAN = Double.NaN;
    /** A 10-line chart of 2,000 points each must stay well below this size, in chars. */
    private static final int MAX_LARGE_CHART_CHARS = 1_000_000;
    /** Colour of the first line in the default palette, as JFreeSVG writes it. */
    private static final String FIRST_COLOUR = "stroke:rgb(0,114,178)";

    private final SvgChartRenderer renderer = new SvgChartRenderer(ChartStyle.DEFAULT);

    @Test
    void drawsAResponsiveSvgWithTitleAxisLabelsAndLegend() {
        Chart chart = new Chart("Checkout latency", "simulated time (min)", "latency (ms)",
                List.of(line("p50", 0, 40, 42, 41), line("p99", 0, 120, 180, 150)), List.of());

        String svg = renderer.render(chart, "chart1").orElseThrow();

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        String openingTag = svg.substring(0, svg.indexOf('>'));
        assertThat(openingTag).contains("viewBox='0 0 900 360'").doesNotContain("width=", "height=");
        assertThat(svg).contains("aria-label='Checkout latency'");
        assertThat(HtmlChecks.texts(svg))
                .contains("Checkout latency", "simulated time (min)", "latency (ms)", "p50", "p99");
    }

    @Test
    void showsALegendEvenForASingleLine() {
        Chart chart = new Chart("One", "x (s)", "y (ms)", List.of(line("only line", 0, 1, 2)), null);

        assertThat(HtmlChecks.texts(renderer.render(chart, "c").orElseThrow())).contains("only line");
    }

    @Test
    void marksLinesWithoutDataInTheLegend() {
        Chart chart = new Chart("t", "x", "y",
                List.of(line("ok", 0, 1, 2), line("empty", NAN, NAN)), List.of());

        assertThat(HtmlChecks.texts(renderer.render(chart, "c").orElseThrow()))
                .contains("ok", "empty (no data)");
    }

    @Test
    void drawsOnePathPerRunOfValuesSoMissingValuesLeaveAGap() {
        Chart whole = new Chart("t", "x", "y", List.of(line("l", 0, 1, 2, 3, 4, 5)), List.of());
        Chart gapped = new Chart("t", "x", "y", List.of(line("l", 0, 1, 2, NAN, 4, 5)), List.of());

        int wholeStrokes = count(renderer.render(whole, "a").orElseThrow(), FIRST_COLOUR);
        int gappedStrokes = count(renderer.render(gapped, "b").orElseThrow(), FIRST_COLOUR);

        // one stroke for the legend sample plus one per run of values
        assertThat(wholeStrokes).isEqualTo(2);
        assertThat(gappedStrokes).isEqualTo(3);
    }

    @Test
    void drawsMarkersAsDashedLinesWithTheirLabel() {
        Chart chart = new Chart("t", "simulated time (min)", "y", List.of(line("l", 0, 1, 2, 3)),
                List.of(new Marker(1, "warm-up ends"), new Marker(NAN, "nowhere")));

        String svg = renderer.render(chart, "c").orElseThrow();

        assertThat(HtmlChecks.texts(svg)).contains("warm-up ends").doesNotContain("nowhere");
        assertThat(svg).contains("stroke-dasharray");
    }

    @Test
    void returnsNothingWhenNoLineHasAPlottablePoint() {
        assertThat(renderer.render(new Chart("t", "x", "y", List.of(), List.of()), "c")).isEmpty();
        assertThat(renderer.render(new Chart("t", "x", "y",
                List.of(line("a", NAN, NAN), line("b", Double.POSITIVE_INFINITY)), null), "c"))
                .isEmpty();
    }

    @Test
    void drawsASinglePointAsADot() {
        Chart chart = new Chart("t", "x", "y", List.of(line("l", 0, NAN, 7, NAN)), List.of());

        Optional<String> svg = renderer.render(chart, "c");

        assertThat(svg).isPresent();
        // JFreeSVG writes the translated ellipse as a filled path in the line colour
        assertThat(svg.get()).contains("<g style='fill:rgb(0,114,178);stroke:none'");
    }

    @Test
    void prefixesEveryIdAndEveryReferenceResolves() {
        Chart chart = new Chart("t", "x", "y", List.of(line("l", 0, 1, 2)), List.of());

        String svg = renderer.render(chart, "chart7").orElseThrow();

        assertThat(HtmlChecks.ids(svg)).isNotEmpty().allMatch(id -> id.startsWith("chart7"));
        assertThat(HtmlChecks.ids(svg)).containsAll(HtmlChecks.urlRefs(svg));
    }

    @Test
    void rejectsAnIdPrefixThatCouldBreakTheMarkup() {
        Chart chart = new Chart("t", "x", "y", List.of(line("l", 0, 1)), List.of());

        assertThatThrownBy(() -> renderer.render(chart, "a' onload='x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapesTextInsideTheSvg() {
        String nasty = "<script>alert('x')</script> & \"q\"";
        Chart chart = new Chart(nasty, nasty, nasty, List.of(line(nasty, 0, 1, 2)),
                List.of(new Marker(1, nasty)));

        String svg = renderer.render(chart, "c").orElseThrow();

        assertThat(svg.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        assertThat(svg).doesNotContain("alert('x')");
        assertThat(HtmlChecks.texts(svg))
                .contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(svg).contains("aria-label='&lt;script&gt;alert(&#39;x&#39;)");
    }

    @Test
    void formatsTickLabelsWithUsSeparatorsUnderAnotherDefaultLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Chart chart = new Chart("t", "x (s)", "share", List.of(
                    new Line("l", new double[] {0, 0.5, 1.5}, new double[] {0.1, 0.45, 0.3})), List.of());

            List<String> texts = HtmlChecks.texts(renderer.render(chart, "c").orElseThrow());

            assertThat(texts).anyMatch(t -> t.matches("\\d\\.\\d+"));
            assertThat(texts).noneMatch(t -> t.matches("\\d+,\\d+"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void keepsLargeChartsCompact() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            final int k = i;
            lines.add(SampleReports.curve("line " + i, 2000, 0, 3600, t -> 50 + k * 10 + Math.sin(t)));
        }
        Chart chart = new Chart("big", "simulated time (s)", "latency (ms)", lines, List.of());

        String svg = renderer.render(chart, "c").orElseThrow();

        assertThat(svg.length()).isLessThan(MAX_LARGE_CHART_CHARS);
        assertThat(HtmlChecks.texts(svg)).contains("line 0", "line 9");
    }

    @Test
    void roundsCoordinatesToHundredthsWithoutLocale() {
        assertThat(SvgChartRenderer.twoDecimals(12.345678)).isEqualTo("12.35");
        assertThat(SvgChartRenderer.twoDecimals(-0.001)).isEqualTo("0");
        assertThat(SvgChartRenderer.twoDecimals(-3.1)).isEqualTo("-3.1");
        assertThat(SvgChartRenderer.twoDecimals(0.05)).isEqualTo("0.05");
        assertThat(SvgChartRenderer.twoDecimals(900)).isEqualTo("900");
    }

    @Test
    void growsTheChartForAWrappedLegend() {
        List<Line> many = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            many.add(line("replica-group-" + i, 0, i, i + 1));
        }
        Chart chart = new Chart("t", "x", "y", many, List.of());

        String svg = renderer.render(chart, "c").orElseThrow();

        assertThat(svg).doesNotContain("viewBox='0 0 900 360'").contains("viewBox='0 0 900 ");
    }

    /** A line with x = 0, 1, 2... and the given y values. */
    private static Line line(String name, double... y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return new Line(name, x, y);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
