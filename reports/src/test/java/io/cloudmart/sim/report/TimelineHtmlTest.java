package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The timeline block, the x axis mapping its script draws with, and the bands: one button per entry with its
 * moment, the one script allowed by its hash and nothing else, each chart's mapping matching where JFreeChart drew,
 * and a band drawn where it belongs with its legend entry.
 */
class TimelineHtmlTest {
    private static final String X = "simulated time (s)";
    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern DASHED_LINE = Pattern.compile("<line x1='([0-9.]+)'[^>]*stroke-dasharray");

    private final HtmlReportWriter writer = new HtmlReportWriter();

    private static Chart chart(String title, double[] x, List<Marker> markers) {
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 3;
        }
        return new Chart(title, X, "requests per second", List.of(new Line("answered", x, y)), markers);
    }

    private static Report report(Block... blocks) {
        return new Report("t", "", List.of(), List.of(new Section("s", "", List.of(blocks))));
    }

    private static Timeline timeline() {
        return new Timeline("What happened when (s)", X, List.of(
                new Timeline.Entry("scale", 120, 180, "120–180 s", "HPA scaled order 2→4→6 (2 decisions)"),
                new Timeline.Entry("outage", 300, 300, "300 s", "payment <refuses> every connection")), "note");
    }

    @Test
    void everyEntryIsAButtonWithItsMomentInTheChartsUnit() {
        String html = writer.render(report(timeline(), chart("c", new double[] {0, 600}, List.of())));

        assertThat(html).contains("<div class=\"timeline\" data-x-label=\"simulated time (s)\">");
        assertThat(html).contains("<button type=\"button\" class=\"tl-entry\" aria-pressed=\"false\" data-from=\"120\""
                + " data-to=\"180\"><span class=\"tl-when\">120–180 s</span><span class=\"tl-kind\">scale</span>");
        assertThat(html).contains("data-from=\"300\" data-to=\"300\"");
        assertThat(html).contains("payment &lt;refuses&gt; every connection");
        assertThat(html.split("class=\"tl-entry\"", -1)).hasSize(3);
        assertThat(HtmlChecks.nestingProblems(html)).isEmpty();
    }

    @Test
    void theOnlyScriptIsAllowedByItsHashAndNothingElseIs() throws Exception {
        String html = writer.render(report(timeline()));

        Matcher script = SCRIPT.matcher(html);
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(script.find()).as("one script").isFalse();
        assertThat(html).contains("content=\"" + ContentSecurityPolicy.POLICY + "; script-src 'sha256-" + hash + "'\"");
        assertThat(html).doesNotContain("unsafe-eval").doesNotContain("script-src 'unsafe-inline'");
        assertThat(HtmlChecks.tagsWithEventHandlers(html)).isEmpty();
        assertThat(HtmlChecks.externalReferences(html)).isEmpty();
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("javascript:", "fetch(", "xmlhttprequest");
    }

    @Test
    void aPageWithoutATimelineKeepsItsPolicyAndHasNoScript() {
        String html = writer.render(report(chart("c", new double[] {0, 600}, List.of())));

        assertThat(html).contains(ContentSecurityPolicy.META);
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "tl-entry", ".tl-mark");
    }

    @Test
    void eachChartsMappingPutsAnXWhereTheChartDrewIt() {
        // the marker's dashed line is where JFreeChart put x = 150; the mapping must agree
        String html = writer.render(report(chart("a", new double[] {30, 600}, List.of(new Marker(150, "m"))),
                chart("b", new double[] {0, 60, 120}, List.of(new Marker(90, "m")))));

        List<String> svgs = HtmlChecks.svgs(html);
        assertThat(svgs).hasSize(2);
        assertMapping(svgs.get(0), 30, 600, 150);
        assertMapping(svgs.get(1), 0, 120, 90);
    }

    private static void assertMapping(String svg, double from, double to, double markerX) {
        assertThat(attribute(svg, "data-x-label")).isEqualTo(X);
        assertThat(Double.parseDouble(attribute(svg, "data-x-from"))).isEqualTo(from);
        assertThat(Double.parseDouble(attribute(svg, "data-x-to"))).isEqualTo(to);
        double left = Double.parseDouble(attribute(svg, "data-plot-left"));
        double right = Double.parseDouble(attribute(svg, "data-plot-right"));
        double top = Double.parseDouble(attribute(svg, "data-plot-top"));
        double bottom = Double.parseDouble(attribute(svg, "data-plot-bottom"));
        assertThat(left).isBetween(20.0, 200.0);
        assertThat(right).isBetween(left + 500, (double) ChartStyle.DEFAULT.width());
        assertThat(bottom).isGreaterThan(top + 100);
        Matcher line = DASHED_LINE.matcher(svg);
        assertThat(line.find()).as("the marker's line").isTrue();
        assertThat(Double.parseDouble(line.group(1)))
                .isCloseTo(left + (markerX - from) / (to - from) * (right - left), within(0.011));
    }

    @Test
    void aBandIsDrawnBehindTheDataBetweenItsEndsWithOneLegendEntryPerLabel() {
        Chart chart = chart("c", new double[] {0, 600}, List.of(new Marker(100, "")))
                .withBands(List.of(new Band(300, 450, "payment outage"), new Band(500, 540, "payment outage")));
        String svg = HtmlChecks.svgs(writer.render(report(chart))).get(0);

        double left = Double.parseDouble(attribute(svg, "data-plot-left"));
        double right = Double.parseDouble(attribute(svg, "data-plot-right"));
        double perUnit = (right - left) / 600;
        Matcher rect = Pattern.compile("<rect x='([0-9.]+)' y='[0-9.]+' width='([0-9.]+)'[^>]*fill-opacity:0\\.18")
                .matcher(svg);
        assertThat(rect.find()).as("the first band").isTrue();
        assertThat(Double.parseDouble(rect.group(1))).isCloseTo(left + 300 * perUnit, within(0.011));
        assertThat(Double.parseDouble(rect.group(2))).isCloseTo(150 * perUnit, within(0.02));
        assertThat(rect.find()).as("the second band").isTrue();
        assertThat(HtmlChecks.texts(svg)).containsOnlyOnce("payment outage");
        // behind the data: the band comes before the line's path in document order
        assertThat(svg.indexOf("fill-opacity:0.18")).isLessThan(svg.lastIndexOf("<path"));
    }

    private static String attribute(String svg, String name) {
        Matcher m = Pattern.compile(" " + name + "='([^']*)'").matcher(svg);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }
}
