package io.cloudmart.sim.report;

import java.util.List;

/**
 * Gets the JVM ready to draw a report's charts while something else runs.
 *
 * <p>The first chart a JVM draws pays for much that the chart itself does not need: the font system reads its
 * configuration and opens the font files, and the classes of JFreeChart, JFreeSVG and Java2D that drawing touches
 * are loaded and initialised. None of it depends on the report, so a run starts it on a daemon thread, by drawing a
 * small chart nobody sees, while it simulates (one core, for one replication); the report then finds it done. The
 * throwaway chart touches no state other charts read: a page is the same bytes with or without it.
 */
public final class ChartWarmup {
    private ChartWarmup() {
    }

    /**
     * Starts drawing a throwaway chart in {@code style} on a daemon thread and returns the thread at once; nobody
     * needs to wait for it.
     */
    public static Thread startInBackground(ChartStyle style) {
        Thread warmup = new Thread(() -> drawOneChart(style), "cmsim chart warm-up");
        warmup.setDaemon(true); // never keeps the JVM alive: a run that fails or ends first does not wait for it
        warmup.start();
        return warmup;
    }

    /** The throwaway chart: a title, both axes with ticks and one line, the parts every report chart has. */
    static String drawOneChart(ChartStyle style) {
        Line line = new Line("requests", new double[] {0, 1, 2, 3}, new double[] {1.5, 3, 2, 2.5});
        Chart chart = new Chart("Latency", "time (s)", "ms", List.of(line), List.of());
        return new SvgChartRenderer(style).render(chart, "warmup").orElseThrow();
    }
}
