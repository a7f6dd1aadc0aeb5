package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Chart colours the page can recolour (dark, print), fixed line colours, and the layered diagram. */
class ThemeAndDiagramTest {
    private static final Pattern VARIABLE = Pattern.compile("var\\(--([a-z0-9-]+),");

    private static Chart twoLines() {
        return new Chart("t", "x", "y", List.of(new Line("a", new double[] {0, 1}, new double[] {1, 2}),
                new Line("b", new double[] {0, 1}, new double[] {2, 3})), List.of());
    }

    @Test
    void everyStyleColourOfAChartBecomesAVariableWithTheDrawnColourAsFallback() {
        String svg = new SvgChartRenderer(ChartStyle.DEFAULT).render(twoLines(), "c").orElseThrow();
        String themed = new SvgColours(ChartStyle.DEFAULT).apply(svg);
        assertThat(themed).contains("stroke:var(--series-0,rgb(0,114,178))", "stroke:var(--series-1,rgb(230,159,0))",
                "fill: var(--chart-text,rgb(31,35,40))", "var(--chart-bg,rgb(255,255,255))")
                .doesNotContain("stroke:rgb(0,114,178)");
        // a colour outside the style is left as drawn
        assertThat(new SvgColours(ChartStyle.DEFAULT).apply("fill:rgb(1,2,3)")).isEqualTo("fill:rgb(1,2,3)");
    }

    @Test
    void theDarkSchemeAndThePrintRulesSetEveryVariableTheChartsUse() {
        String page = new HtmlReportWriter().render(new Report("t", "", List.of(), List.of(new Section("s", null,
                List.of(twoLines(), diagram())))));
        String css = PageStyle.CSS;
        String dark = block(css, "@media (prefers-color-scheme:dark){");
        String print = block(css, "@media print{");
        Matcher used = VARIABLE.matcher(page);
        int n = 0;
        while (used.find()) {
            n++;
            assertThat(dark).as("dark value of --" + used.group(1)).contains("--" + used.group(1) + ":");
            assertThat(print).as("print value of --" + used.group(1)).contains("--" + used.group(1) + ":");
        }
        assertThat(n).isPositive();
        for (int i = 0; i < ChartStyle.DEFAULT.palette().size(); i++) {
            assertThat(dark).contains("--series-" + i + ":");
        }
        assertThat(print).contains("--text:#000", "--chart-text:#000", "position:static!important",
                "break-inside:avoid");
    }

    /** The rules of the first at-rule starting with {@code head}, up to its matching brace. */
    private static String block(String css, String head) {
        int start = css.indexOf(head);
        assertThat(start).as(head).isNotNegative();
        int depth = 0;
        for (int i = start; i < css.length(); i++) {
            if (css.charAt(i) == '{') {
                depth++;
            } else if (css.charAt(i) == '}' && --depth == 0) {
                return css.substring(start, i + 1);
            }
        }
        throw new AssertionError("unbalanced " + head);
    }

    @Test
    void aLineWithAColourKeepsItWhereverItStands() {
        Line first = new Line("a", new double[] {0, 1}, new double[] {1, 2}).withColour(3);
        String svg = new SvgChartRenderer(ChartStyle.DEFAULT).render(new Chart("t", "x", "y", List.of(first), List.of()),
                "c").orElseThrow();
        assertThat(svg).contains("stroke:rgb(213,94,0)").doesNotContain("stroke:rgb(0,114,178)");
        assertThat(first).isNotEqualTo(new Line("a", new double[] {0, 1}, new double[] {1, 2}));
        assertThatThrownBy(() -> first.withColour(-2)).hasMessageContaining("colour must be >= 0");
    }

    private static Diagram diagram() {
        return new Diagram("shop", List.of(
                List.of(new Diagram.Node("web", "web", "2 pods", 0)),
                List.of(new Diagram.Node("db", "db", "PostgreSQL", Line.AUTO), new Diagram.Node("q", "queue", "", 2))),
                List.of(new Diagram.Edge("web", "db", Diagram.Flow.SYNC), new Diagram.Edge("web", "q", Diagram.Flow.ASYNC),
                        new Diagram.Edge("db", "q", Diagram.Flow.SYNC)), "a note");
    }

    @Test
    void aDiagramDrawsEveryBoxAndArrowTheSameWayEveryTime() {
        String svg = new DiagramSvg(ChartStyle.DEFAULT).render(diagram(), "d1");
        assertThat(svg).isEqualTo(new DiagramSvg(ChartStyle.DEFAULT).render(diagram(), "d1"));
        assertThat(HtmlChecks.texts(svg)).containsExactly("web", "2 pods", "db", "PostgreSQL", "queue");
        assertThat(svg.split("marker-end='url\\(#d1-arrow\\)'", -1)).hasSize(4); // three arrows
        assertThat(svg.split("stroke-dasharray", -1)).hasSize(2); // one of them dashed
        assertThat(svg).contains("stroke:rgb(0,114,178)", "stroke:rgb(0,158,115)"); // the two coloured boxes
        String page = new HtmlReportWriter().render(new Report("t", "", List.of(), List.of(new Section("s", null,
                List.of(diagram())))));
        assertThat(page).contains("<figure class=\"diagram\">", "<figcaption class=\"note\">a note</figcaption>");
        assertThat(HtmlChecks.externalReferences(page)).isEmpty();
    }

    @Test
    void aDiagramRefusesTwoNodesOfOneIdAndArrowsToNowhere() {
        Diagram.Node a = new Diagram.Node("a", "a", "", Line.AUTO);
        assertThatThrownBy(() -> new Diagram("d", List.of(List.of(a, a)), List.of(), null)).hasMessageContaining("twice");
        assertThatThrownBy(() -> new Diagram("d", List.of(List.of(a)),
                List.of(new Diagram.Edge("a", "b", Diagram.Flow.SYNC)), null)).hasMessageContaining("unknown node");
    }
}
