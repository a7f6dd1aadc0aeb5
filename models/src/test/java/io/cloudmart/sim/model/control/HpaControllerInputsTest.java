package io.cloudmart.sim.model.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.model.autoscale.hpa.HpaDecision;
import io.cloudmart.sim.model.autoscale.hpa.MetricDecision;
import io.cloudmart.sim.model.autoscale.hpa.MetricFailure;
import io.cloudmart.sim.model.autoscale.hpa.MetricTargetType;
import io.cloudmart.sim.model.autoscale.hpa.ReplicaCalculation;
import io.cloudmart.sim.model.autoscale.hpa.ScalingLimit;

class HpaControllerInputsTest {
    /** cpu at 90 % of a 60 % target on 4 pods proposes ceil(4 × 1.5) = 6. */
    private static final MetricDecision CPU = new MetricDecision("cpu", MetricTargetType.UTILIZATION, 60, 90.0, 6,
            new ReplicaCalculation(6, 90, 0.9, 1.5, 4, 0, 0, 0, false));
    /** 25 requests per second per pod against 10 proposes ceil(4 × 2.5) = 10: the larger, so it decides. */
    private static final MetricDecision RPS = new MetricDecision("requests_per_second", MetricTargetType.AVERAGE_VALUE,
            10, 25.0, 10, new ReplicaCalculation(10, null, 25, 2.5, 4, 0, 0, 0, false));

    @Test
    void everyMetricOfAMultiMetricHpaIsRecordedAndTheLargestProposalDecides() {
        HpaDecision decision = new HpaDecision(30, 4, 8, List.of(RPS, CPU), 10, 10, ScalingLimit.SCALE_UP_POLICY);

        Map<String, Object> in = HpaController.inputs(decision);

        // the deciding metric is rps (10 > 6), though cpu comes last in the spec
        assertThat(in).containsEntry("metric", "requests_per_second").containsEntry("targetType", "AverageValue")
                .containsEntry("current", 25.0).containsEntry("proposal", 10);
        assertThat(in).containsEntry("metrics.0.name", "requests_per_second").containsEntry("metrics.0.proposal", 10)
                .containsEntry("metrics.1.name", "cpu").containsEntry("metrics.1.targetType", "Utilization")
                .containsEntry("metrics.1.target", 60.0).containsEntry("metrics.1.current", 90.0)
                .containsEntry("metrics.1.proposal", 6);
        assertThat(in).containsEntry("desiredReplicas", 8).containsEntry("limit", "SCALE_UP_POLICY");
    }

    @Test
    void theFirstOfEqualProposalsDecidesAsInKubernetes() {
        MetricDecision cpuSix = CPU;
        MetricDecision rpsSix = new MetricDecision("requests_per_second", MetricTargetType.AVERAGE_VALUE, 10, 15.0, 6,
                new ReplicaCalculation(6, null, 15, 1.5, 4, 0, 0, 0, false));

        Map<String, Object> in = HpaController.inputs(new HpaDecision(30, 4, 6, List.of(cpuSix, rpsSix), 6, 6,
                ScalingLimit.NONE));

        assertThat(in).containsEntry("metric", "cpu");
    }

    @Test
    void aFailedMetricIsRecordedWithoutAValueAndAValidOneDecides() {
        MetricDecision failed = new MetricDecision("requests_per_second", MetricTargetType.AVERAGE_VALUE, 10, null,
                null, new MetricFailure("FailedGetPodsMetric", "no samples"));

        Map<String, Object> in = HpaController.inputs(new HpaDecision(30, 4, 6, List.of(failed, CPU), 6, 6,
                ScalingLimit.NONE));

        assertThat(in).containsEntry("metric", "cpu").containsEntry("metrics.0.name", "requests_per_second")
                .doesNotContainKeys("metrics.0.current", "metrics.0.proposal").containsEntry("metrics.1.current", 90.0);
    }

    @Test
    void aSingleMetricHpaKeepsTheFlatKeysOnlyWithTheApiSpelling() {
        Map<String, Object> in = HpaController.inputs(new HpaDecision(30, 4, 6, List.of(CPU), 6, 6, ScalingLimit.NONE));

        assertThat(in.keySet()).containsExactly("currentReplicas", "metric", "targetType", "target", "current",
                "proposal", "recommendation", "stabilized", "desiredReplicas", "limit");
        assertThat(in).containsEntry("targetType", "Utilization");
    }
}
