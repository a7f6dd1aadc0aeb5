package io.cloudmart.sim.model.autoscale.hpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Defaults of the API server ({@code pkg/apis/autoscaling/v2/defaults.go}) and of the controller flags, and validation. */
class HpaSpecTest {

    @Test
    void specDefaults() {
        HpaSpec spec = new HpaSpec(null, 10, null, null);
        assertThat(spec.minReplicas()).isEqualTo(1);
        assertThat(spec.metrics()).containsExactly(new ResourceMetricSource(ResourceName.CPU, MetricTarget.utilization(80)));
        assertThat(spec.behavior()).as("no behavior means the legacy path").isNull();
        assertThat(new HpaSpec(2, 10, List.of(), null).metrics()).containsExactly(MetricSpec.defaultMetric());
    }

    @Test
    void defaultBehaviorMatchesTheApiServer() {
        Behavior behavior = Behavior.defaults();
        assertThat(behavior.scaleUp()).isEqualTo(new ScalingRules(0, SelectPolicy.MAX,
                List.of(Policy.pods(4, 15), Policy.percent(100, 15))));
        assertThat(behavior.scaleDown()).isEqualTo(new ScalingRules(null, SelectPolicy.MAX,
                List.of(Policy.percent(100, 15))));
        assertThat(new HpaSpec(1, 10, null, new Behavior(null, null)).behavior()).isEqualTo(behavior);
    }

    /** Partial behavior: given fields are kept, the rest come from the defaults of their direction. */
    @Test
    void partialBehaviorIsFilledFieldByField() {
        Behavior partial = new Behavior(new ScalingRules(null, SelectPolicy.MIN, null),
                new ScalingRules(60, null, List.of(Policy.pods(1, 30)), 0.05));
        Behavior filled = new HpaSpec(1, 10, null, partial).behavior();
        assertThat(filled.scaleUp()).isEqualTo(new ScalingRules(0, SelectPolicy.MIN,
                List.of(Policy.pods(4, 15), Policy.percent(100, 15))));
        assertThat(filled.scaleDown()).isEqualTo(new ScalingRules(60, SelectPolicy.MAX, List.of(Policy.pods(1, 30)), 0.05));
    }

    @Test
    void controllerDefaults() {
        HpaControllerSettings settings = HpaControllerSettings.defaults();
        assertThat(settings).isEqualTo(new HpaControllerSettings(15, 0.1, 300, 30, 300));
    }

    /** A behavior without a scale-down window uses the controller flag: with 60 s the HPA scales down at 60 s. */
    @Test
    void downscaleFlagFillsAnUnsetScaleDownWindow() {
        HpaControllerSettings settings = HpaControllerSettings.defaults().withDownscaleStabilizationSeconds(60);
        Hpa hpa = new Hpa(new HpaSpec(1, 10, null, Behavior.defaults()), settings);
        assertThat(hpa.reconcile(0, 4, pods(4, 0.2)).desiredReplicas()).isEqualTo(4);
        assertThat(hpa.reconcile(45, 4, pods(4, 0.2)).desiredReplicas()).isEqualTo(4);
        assertThat(hpa.reconcile(60, 4, pods(4, 0.2)).desiredReplicas()).isEqualTo(1);
    }

    private static List<PodMetrics> pods(int count, double usageCores) {
        List<PodMetrics> pods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pods.add(PodMetrics.running("web-" + i, -1000, 0, usageCores, 1.0));
        }
        return pods;
    }

    @Test
    void invalidSpecsAreRejected() {
        assertThatThrownBy(() -> new HpaSpec(0, 10, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minReplicas");
        assertThatThrownBy(() -> new HpaSpec(5, 4, null, null)).hasMessageContaining("maxReplicas");
        assertThatThrownBy(() -> Policy.pods(4, 1801)).hasMessageContaining("periodSeconds");
        assertThatThrownBy(() -> Policy.percent(0, 15)).hasMessageContaining("value");
        assertThatThrownBy(() -> new ScalingRules(3601, null, null)).hasMessageContaining("stabilizationWindowSeconds");
        assertThatThrownBy(() -> new ScalingRules(null, null, List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new ScalingRules(null, null, null, -0.1)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new PodsMetricSource("rps", MetricTarget.utilization(50)))
                .hasMessageContaining("AverageValue");
        assertThatThrownBy(() -> new MetricTarget(MetricTargetType.UTILIZATION, 50, 1.0))
                .hasMessageContaining("averageValue");
        assertThatThrownBy(() -> MetricTarget.utilization(0)).hasMessageContaining("averageUtilization");
        assertThatThrownBy(() -> MetricTarget.averageValue(-1)).hasMessageContaining("averageValue");
        assertThatThrownBy(() -> new HpaControllerSettings(0, 0.1, 300, 30, 300)).hasMessageContaining("sync period");
        assertThatThrownBy(() -> PodMetrics.running("web", 0, 0, 0.1, 0.5).withReadiness(true, null, 0.0))
                .hasMessageContaining("lastTransitionTime");
        assertThatThrownBy(() -> PodMetrics.running("web", 0, 0, -0.1, 0.5)).hasMessageContaining("cpu usage");
    }
}
