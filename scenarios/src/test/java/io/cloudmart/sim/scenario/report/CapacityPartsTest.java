package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.Buckets;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.stats.TimeSeries;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Table;

/** The pieces of the capacity section, on hand-made series and decisions whose answers can be worked out by hand. */
class CapacityPartsTest {
    private static final Buckets TEN_S = new Buckets(10, 120, 1200);
    private static final TimeAxis MINUTES = TimeAxis.forDuration(1200);

    /** Bucket averages of a count that is {@code before} until {@code at} seconds and {@code after} from then on. */
    private static double[] step(double before, double after, double at) {
        double[] means = new double[TEN_S.count()];
        for (int i = 0; i < means.length; i++) {
            double start = TEN_S.start(i);
            double end = TEN_S.end(i);
            double share = Math.max(0, Math.min(1, (end - at) / (end - start)));
            means[i] = before + (after - before) * share;
        }
        return means;
    }

    private static ControlEvent hpa(double time, String decision, int from, int to, double current, String limit) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("currentReplicas", from);
        in.put("metric", "cpu");
        in.put("targetType", "Utilization");
        in.put("target", 60.0);
        in.put("current", current);
        in.put("desiredReplicas", to);
        in.put("limit", limit);
        return new ControlEvent(time, "hpa/api", decision, in);
    }

    private static CapacityRun run(List<ControlEvent> events) {
        Map<String, TimeSeries> series = Map.of("svc.api.replicas",
                new TimeSeries("svc.api.replicas", TimeSeries.Kind.LEVEL, TEN_S, Map.of("mean", step(2, 4, 327))));
        MetricsSnapshot metrics = new MetricsSnapshot(Map.of(), Map.of(), Map.of(), series, 1140);
        ReplicationResult replication = new ReplicationResult(new RunSettings("t", 1, 0, 1200, 60, 10), 0, 0,
                metrics, List.of(), null, events);
        return new CapacityRun(replication, 1, MINUTES);
    }

    @Test
    void aStepInsideABucketIsReadBackFromTheAverages() {
        // 2 → 4 Ready at 327 s: bucket 320–330 averages 2.6, and the step is recovered to the second
        OptionalDouble at = LevelCrossing.first(step(2, 4, 327), TEN_S, 315, 1200, 4, true);
        assertThat(at).isPresent();
        assertThat(at.getAsDouble()).isCloseTo(327, within(1e-9));
        // in the decision's own bucket: 310–320 averages 2.4, the level before comes from 300–310
        assertThat(LevelCrossing.first(step(2, 4, 318), TEN_S, 315, 1200, 4, true).getAsDouble())
                .isCloseTo(318, within(1e-9));
        // falling at once: the decision time itself
        assertThat(LevelCrossing.first(step(6, 5, 675), TEN_S, 675, 1200, 5, false).getAsDouble())
                .isCloseTo(675, within(1e-9));
    }

    @Test
    void aLevelThatNeverGetsThereOrOnlyTooLateHasNoCrossing() {
        assertThat(LevelCrossing.first(step(2, 3, 327), TEN_S, 315, 1200, 4, true)).isEmpty();
        assertThat(LevelCrossing.first(step(2, 4, 700), TEN_S, 315, 600, 4, true)).isEmpty();
    }

    @Test
    void aCountIsAStaircaseNotASlope() {
        TimeSeries series = new TimeSeries("svc.api.desired", TimeSeries.Kind.LEVEL, new Buckets(10, 3, 30),
                Map.of("mean", new double[] {1, 3, Double.NaN}));
        Line line = StepLine.of("desired", series, "mean", 1, TimeAxis.forDuration(30));
        assertThat(line.x()).containsExactly(0, 10, 10, 20, 20, 30);
        assertThat(Arrays.copyOf(line.y(), 4)).containsExactly(1, 1, 3, 3);
        assertThat(Double.isNaN(line.y()[4]) && Double.isNaN(line.y()[5])).as("the unmeasured bucket is a gap").isTrue();
    }

    @Test
    void scaleDecisionsInABurstShareOneLabelledMarker() {
        List<ControlEvent> events = List.of(hpa(15, "held", 2, 2, 20, "SCALE_DOWN_STABILIZED"),
                hpa(315, "scaleUp", 2, 4, 99, "NONE"), hpa(345, "scaleUp", 4, 6, 80, "NONE"),
                hpa(675, "scaleDown", 6, 5, 40, "SCALE_DOWN_STABILIZED"));
        ScaleMarkers.Result result = ScaleMarkers.of(events, "currentReplicas", "desiredReplicas", MINUTES, 1200);
        // 30 s apart < 6 % of 20 min (72 s): one burst; the held decision is no marker
        assertThat(result.markers()).containsExactly(new Marker(5.25, "↑ 2→4→6"), new Marker(11.25, "↓ 6→5"));
        assertThat(result.bursts()).isEqualTo(2);
        List<ControlEvent> ramp = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ramp.add(hpa(300 + 15 * i, "scaleUp", 2 + 2 * i, 4 + 2 * i, 99, "NONE"));
        }
        assertThat(ScaleMarkers.of(ramp, "currentReplicas", "desiredReplicas", MINUTES, 1200).markers())
                .containsExactly(new Marker(5, "↑ 2→…→12 (5 steps)"));
    }

    @Test
    void onlyTheFirstBurstsAreLabelled() {
        List<ControlEvent> flapping = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            flapping.add(i % 2 == 0 ? hpa(50 * i, "scaleUp", 2, 3, 70, "NONE") : hpa(50 * i, "scaleDown", 3, 2, 40, "NONE"));
        }
        ScaleMarkers.Result result = ScaleMarkers.of(flapping, "currentReplicas", "desiredReplicas", MINUTES, 1200);
        assertThat(result.bursts()).isEqualTo(20);
        assertThat(result.labelled()).isEqualTo(ScaleMarkers.MAX_LABELLED);
        assertThat(result.markers()).hasSize(20);
        assertThat(result.markers().stream().filter(m -> !m.label().isEmpty())).hasSize(ScaleMarkers.MAX_LABELLED);
        assertThat(result.markers().get(ScaleMarkers.MAX_LABELLED).label()).isEmpty();
    }

    @Test
    void heldDecisionsInARowAreOneRowAndAScaleUpSaysWhenItsPodsWereReady() {
        List<ControlEvent> events = new ArrayList<>();
        for (int t = 15; t <= 300; t += 15) {
            events.add(hpa(t, "held", 2, 2, 16 + t / 15 % 9, "SCALE_DOWN_STABILIZED"));
        }
        events.add(hpa(315, "scaleUp", 2, 4, 99, "NONE"));
        events.add(hpa(330, "held", 4, 4, 70, "MAX_REPLICAS"));
        Table table = new ScaleDecisionTable(run(events), List.of(new HpaView(null, List.of()))).build().get(0);
        assertThat(table.caption()).isEqualTo("Scale decisions");
        assertThat(table.headers()).containsExactly("time (min)", "controller", "decision", "replicas",
                "metric: current / target", "limit that applied", "all Ready at (min)");
        assertThat(table.rows()).hasSize(3);
        List<String> held = table.rows().get(0);
        assertThat(held.get(0)).isEqualTo("0.25");
        assertThat(held.get(2)).isEqualTo("held\u00A0×20 to 5.00");
        assertThat(held.get(4)).isEqualTo("cpu 16–\u206024\u00A0%\u00A0/\u00A060\u00A0%");
        assertThat(held.get(5)).isEqualTo("scale-down window (ScaleDownStabilized)");
        List<String> up = table.rows().get(1);
        assertThat(up.subList(0, 4)).containsExactly("5.25", "hpa/api", "↑\u00A0scaleUp", "2\u00A0→\u00A04");
        assertThat(up.get(4)).isEqualTo("cpu 99\u00A0%\u00A0/\u00A060\u00A0%");
        assertThat(up.get(5)).isEqualTo("none");
        // Ready 2 → 4 at 327 s: 12 s after the decision
        assertThat(up.get(6)).isEqualTo("5.45 (+12\u00A0s)");
        assertThat(table.rows().get(2).get(5)).isEqualTo("maxReplicas (TooManyReplicas)");
        assertThat(table.note()).doesNotContain("Showing");
    }

    @Test
    void aLongJournalIsCutAfterThirtyRowsWithACount() {
        List<ControlEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(i % 2 == 0 ? hpa(15 * i, "scaleUp", 2, 3, 70, "NONE") : hpa(15 * i, "scaleDown", 3, 2, 40, "NONE"));
        }
        for (int i = 0; i < 5; i++) {
            events.add(hpa(700 + 15 * i, "held", 2, 2, 40, "SCALE_DOWN_STABILIZED"));
        }
        Table table = new ScaleDecisionTable(run(events), List.of(new HpaView(null, List.of()))).build().get(0);
        assertThat(table.rows()).hasSize(ScaleDecisionTable.MAX_ROWS);
        // 41 rows: 40 single decisions and one of 5 held; rows 31–41 hold 10 + 5 decisions
        assertThat(table.note()).contains("Showing the first 30 of 41 rows: 11 more (15 decisions) are left out;"
                + " events.jsonl has every decision.");
    }

    @Test
    void aControllerWithoutAViewStillGetsItsRows() {
        ControlEvent other = new ControlEvent(100, "cluster-autoscaler", "scaleUp",
                Map.of("nodes", 3, "limit", "MAX_NODES_TOTAL"));
        Table table = new ScaleDecisionTable(run(List.of(other)), List.of(new HpaView(null, List.of()))).build().get(0);
        assertThat(table.rows()).containsExactly(
                List.of("1.67", "cluster-autoscaler", "↑\u00A0scaleUp", "–", "–", "MAX_NODES_TOTAL", "–"));
    }

    /** A release's, Argo CD's, Vault's and the kubelet's lines have their own parts: the decision table leaves them out. */
    @Test
    void theTableHoldsCapacityDecisionsOnly() {
        List<ControlEvent> events = List.of(new ControlEvent(10, "rollout/api", "StepStarted", Map.of()),
                new ControlEvent(11, "argocd/application", "sync", Map.of()),
                new ControlEvent(12, "vault", "initRetry", Map.of()),
                new ControlEvent(13, "kubelet/api-v2-0", "OOMKilled", Map.of()),
                hpa(15, "scaleUp", 2, 3, 70, "NONE"));
        List<Table> tables = new ScaleDecisionTable(run(events), List.of(new HpaView(null, List.of()))).build();
        assertThat(tables).singleElement().satisfies(t -> assertThat(t.rows()).singleElement()
                .satisfies(row -> assertThat(row.get(1)).isEqualTo("hpa/api")));
    }

    @Test
    void limitsReadAsTheHpaConditionReasons() {
        HpaView view = new HpaView(null, List.of());
        assertThat(view.limit("SCALE_UP_POLICY")).isEqualTo("scale-up policy (ScaleUpLimit)");
        assertThat(view.limit("MIN_REPLICAS")).isEqualTo("minReplicas (TooFewReplicas)");
        assertThat(view.limit("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(view.limit(null)).isEqualTo("–");
    }
}
