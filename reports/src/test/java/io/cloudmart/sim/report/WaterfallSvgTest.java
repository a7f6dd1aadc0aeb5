package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class WaterfallSvgTest {
    private static final Waterfall REQUEST = new Waterfall("request 7 (<browse>): 40 ms, 200", "ms from the request's start",
            List.of("gateway", "work"), List.of(
                    new Waterfall.Bar("gateway: node 0 @ gateway", 0, 0, 40, "forwarded"),
                    new Waterfall.Bar("work: <script>alert(1)</script>", 1, 20, 40, "step 1"),
                    new Waterfall.Bar("queue: api.get @ api-0", 1, 10, 10, ""),
                    new Waterfall.Bar("work: api.get @ api-1", 1, 35, 60, "")), 40, 30, "answered");

    @Test
    void barsSitOnTheSharedAxisFromTheRequestsStart() {
        String svg = WaterfallSvg.render(REQUEST, "chart1");
        // the plot runs from x = 330 to x = 940 (960 wide, 330 for the labels, 20 on the right)
        assertThat(svg).contains("<rect x=\"330.0\" y=\"33\" width=\"610.0\"", "<rect x=\"635.0\" y=\"51\" width=\"305.0\"");
        // an instant still shows, as a sliver
        assertThat(svg).contains("<rect x=\"482.5\" y=\"69\" width=\"1.5\"");
        assertThat(svg).contains("<title>work: &lt;script&gt;alert(1)&lt;/script&gt;: 20 to 40 (20), step 1</title>");
        assertThat(svg).doesNotContain("<script");
        // a bar past the axis is cut at its end and marked, its tooltip keeping its real end
        assertThat(svg).contains("<rect x=\"863.8\" y=\"87\" width=\"76.3\"", ": 35 to 60 (25)</title>", ">\u25B8</text>");
        // the answer's line at 30 of 40 ms
        assertThat(svg).contains("<line x1=\"787.5\" y1=\"26\" x2=\"787.5\"", ">answered</text>");
        // ticks every 10 ms, 1-2-5 steps
        assertThat(svg).contains(">0</text>", ">10</text>", ">40</text>");
        assertThat(WaterfallSvg.niceStep(7.3)).isEqualTo(10);
        assertThat(WaterfallSvg.niceStep(0.13)).isEqualTo(0.2);
    }

    @Test
    void aPageWithAWaterfallUsesNothingThePolicyBlocks() {
        String html = new HtmlReportWriter().render(new Report("t", "", List.of(),
                List.of(new Section("Slowest traced requests", "", List.of(REQUEST))), List.of()));
        assertThat(html).contains("<figure class=\"chart\">\n<svg");
        assertThat(HtmlChecks.tagsWithEventHandlers(html)).isEmpty();
        assertThat(HtmlChecks.externalReferences(html)).isEmpty();
    }

    @Test
    void aBarNamesAKnownCategory() {
        assertThatThrownBy(() -> new Waterfall("t", "ms", List.of("a"), List.of(new Waterfall.Bar("b", 1, 0, 1, "")), 1, Double.NaN, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Waterfall.Bar("b", 0, 2, 1, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
