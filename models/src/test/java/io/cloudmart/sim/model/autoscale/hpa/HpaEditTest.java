package io.cloudmart.sim.model.autoscale.hpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An edited HPA keeps the controller's memory of it, as kubernetes {@code horizontal.go} keys recommendations and scale events
 * by the HPA's name and drops them only when the HPA is deleted: a scale-up that used the policies' allowance still
 * counts after an edit of {@code maxReplicas}, and a new HPA (after a delete) remembers none.
 */
class HpaEditTest {
    private static final MetricSpec CPU_50 = MetricSpec.cpuUtilization(50);

    private static List<PodMetrics> recommending(int raw, int count, double now) {
        List<PodMetrics> pods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pods.add(PodMetrics.running("web-" + i, -10_000, now, 0.5 * raw / count, 1.0));
        }
        return pods;
    }

    @Test
    void anEditKeepsTheScaleEventsAndANewHpaHasNone() {
        Hpa hpa = new Hpa(new HpaSpec(1, 20, List.of(CPU_50), Behavior.defaults()));
        // 4 → 8 at 0 s: the default scale-up policies (4 pods or 100 % per 15 s) are used up until 15 s
        assertThat(hpa.reconcile(0, 4, recommending(8, 4, 0)).desiredReplicas()).isEqualTo(8);
        Hpa edited = hpa.withSpec(new HpaSpec(1, 30, List.of(CPU_50), Behavior.defaults()));
        assertThat(edited.spec().maxReplicas()).isEqualTo(30);
        HpaDecision kept = edited.reconcile(10, 8, recommending(20, 8, 10));
        assertThat(kept.desiredReplicas()).isEqualTo(8);
        assertThat(kept.limit()).isEqualTo(ScalingLimit.SCALE_UP_POLICY);
        // the same spec created anew (the HPA deleted and applied again) remembers no scale-up: max(8 + 4, 2 × 8)
        Hpa fresh = new Hpa(new HpaSpec(1, 30, List.of(CPU_50), Behavior.defaults()));
        assertThat(fresh.reconcile(10, 8, recommending(20, 8, 10)).desiredReplicas()).isEqualTo(16);
    }
}
