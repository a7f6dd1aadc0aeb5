package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartWarmupTest {

    private static Chart latencyChart() {
        return new Chart("Checkout latency", "simulated time (min)", "latency (ms)",
                List.of(new Line("p50", new double[] {0, 1, 2}, new double[] {40, 42, 41}),
                        new Line("p99", new double[] {0, 1, 2}, new double[] {120, 180, 150})),
                List.of());
    }

    @Test
    void drawsAWholeChart() {
        String svg = ChartWarmup.drawOneChart(ChartStyle.DEFAULT);

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(HtmlChecks.texts(svg)).contains("Latency", "time (s)", "ms", "requests");
    }

    @Test
    void runsOnADaemonThreadAndLeavesOtherChartsAsTheyWere() throws InterruptedException {
        String before = new SvgChartRenderer(ChartStyle.DEFAULT).render(latencyChart(), "c1").orElseThrow();

        Thread warmup = ChartWarmup.startInBackground(ChartStyle.DEFAULT);
        assertThat(warmup.isDaemon()).isTrue();
        warmup.join();

        assertThat(new SvgChartRenderer(ChartStyle.DEFAULT).render(latencyChart(), "c1").orElseThrow())
                .isEqualTo(before);
    }
}
