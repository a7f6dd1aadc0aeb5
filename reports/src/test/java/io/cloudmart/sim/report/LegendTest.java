package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LegendTest {

    private final HtmlReportWriter writer = new HtmlReportWriter();

    private static Report page(Legend legend, Chart chart) {
        return new Report("r", null, null, List.of(new Section("s", null, List.of(legend, chart))));
    }

    @Test
    void entryIHasTheColourOfLineIOfTheCharts() {
        Chart chart = new Chart("c", "x", "y", List.of(
                new Line("a", new double[] {0, 1}, new double[] {1, 2}),
                new Line("b", new double[] {0, 1}, new double[] {2, 3})), null);
        String html = writer.render(page(new Legend("Runs", List.of("a", "b")), chart));

        assertThat(html).containsSubsequence("<div class=\"legend\"", "<strong>Runs</strong>",
                "data-colour=\"#0072b2\"", "border-top:4px solid var(--series-0,#0072b2)", ">a</span>",
                "data-colour=\"#e69f00\"", "border-top:4px solid var(--series-1,#e69f00)", ">b</span>", "<svg");
        // the page writes the charts' colours as variables of the page's colour scheme, the drawn colour as fallback
        assertThat(html).contains("stroke:var(--series-0,rgb(0,114,178))", "stroke:var(--series-1,rgb(230,159,0))");
        assertThat(HtmlChecks.nestingProblems(html)).isEmpty();
    }

    @Test
    void entriesPastThePaletteAreDashedAsTheirLines() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= ChartStyle.DEFAULT.palette().size(); i++) {
            names.add("run " + i);
        }
        String html = writer.render(new Report("r", null, null, List.of(
                new Section("s", null, List.of(new Legend("Runs", names))))));
        assertThat(html.split("border-top:4px solid ", -1)).hasSize(ChartStyle.DEFAULT.palette().size() + 1);
        assertThat(html).contains("border-top:4px dashed var(--series-0,#0072b2)\"></span>run 10");
    }

    @Test
    void namesAreEscapedAndALegendNeedsAnEntry() {
        String html = writer.render(new Report("r", null, null, List.of(
                new Section("s", null, List.of(new Legend("<b>", List.of("<script>x</script>")))))));
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<b>");
        assertThatThrownBy(() -> new Legend("Runs", List.of())).hasMessageContaining("no entries");
    }
}
