package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.BadInputTest.assertIssue;
import static io.cloudmart.sim.scenario.load.TestScenarios.CLOUDMART;
import static io.cloudmart.sim.scenario.load.TestScenarios.MINIMAL;
import static io.cloudmart.sim.scenario.load.TestScenarios.load;
import static io.cloudmart.sim.scenario.load.TestScenarios.onlyIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudmart.sim.scenario.spec.RateShapeSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.StepSpec;
import io.cloudmart.sim.scenario.spec.VersionSpec;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --set} on the issue-3 fields. */
class NewSectionsOverridesTest {

    @Test
    void theBriefsExamples() throws Exception {
        ScenarioSpec spec = load(CLOUDMART, "gateway.plugins.rate-limiting.second=25",
                "mesh.services.payment.retries.attempts=0", "services.order.versions.canary.errorRate=0.2", "load.scale=2");

        assertThat(spec.gateway().rateLimiting().limits()).containsEntry("second", 25L);
        assertThat(spec.mesh().services().get("payment").retries().attempts()).isZero();
        assertThat(spec.services().get("order").versions().get("canary")).isEqualTo(new VersionSpec(1, 0.2, 1.3));
        assertThat(spec.load().scale()).isEqualTo(2.0);
    }

    @Test
    void newSectionsAndEntriesFromTheCommandLine() throws Exception {
        ScenarioSpec spec = load(MINIMAL, "gateway.plugins.rate-limiting.second=20", "startTime=2026-11-27T12:00:00Z",
                "mesh.mtls=STRICT", "services.api.replicas=null", "services.api.versions.canary.replicas=1", "services.api.versions.stable.replicas=1",
                "load.journeys.browse.headers.x-cohort=beta", "load.clients.bots.share=0.5");

        assertThat(spec.gateway().rateLimiting().limits()).containsExactly(Map.entry("second", 20L));
        assertThat(spec.startTime()).isEqualTo(Instant.parse("2026-11-27T12:00:00Z"));
        assertThat(spec.mesh().mtls()).isEqualTo("STRICT");
        assertThat(spec.services().get("api").versions().keySet()).containsExactly("canary", "stable");
        assertThat(spec.services().get("api").replicas()).isEqualTo(2);
        assertThat(spec.load().journeys().get("browse").headers()).containsExactly(Map.entry("x-cohort", "beta"));
        assertThat(spec.load().clients().botShare()).isEqualTo(0.5);
    }

    @Test
    void shapeReplacesRateAndStepsReplaceWork() throws Exception {
        ScenarioSpec spec = load(MINIMAL, "load.shape.spike={base: 1, peak: 5, at: 1m, hold: 1m}",
                "services.api.endpoints.get.steps.0.work=constant(value=1ms)",
                "services.api.endpoints.get.steps.1.call={to: api.other, optional: true}",
                "services.api.endpoints.other.work=constant(value=2ms)");

        assertThat(spec.load().shape()).isEqualTo(new RateShapeSpec.SpikeShape(1, 5, 60, 0, 60, 0));
        assertThat(spec.load().stages()).isEmpty();
        assertThat(spec.services().get("api").endpoints().get("get").steps()).hasSize(2)
                .last().isEqualTo(new StepSpec.CallStep("api", "other", true));
        assertThat(load(MINIMAL, "load.shape.spike={base: 1, peak: 5, at: 1m, hold: 1m}", "load.rate=3").load().shape()).isNull();
        assertThat(load(CLOUDMART, "load.shape.daily={mean: 5, amplitude: 1, peakAt: 1h}").load().shape())
                .isInstanceOf(RateShapeSpec.DailyShape.class);
    }

    @Test
    void callAsTextReplacesTheMappingForm() throws Exception {
        ScenarioSpec spec = load(CLOUDMART, "services.payment.endpoints.charge.steps.1.call=fraud.score");

        assertThat(spec.services().get("payment").endpoints().get("charge").steps().get(1))
                .isEqualTo(new StepSpec.CallStep("fraud", "score", false));
    }

    @Test
    void mistakesInNewFieldsAreBlamedOnTheOverride() {
        assertIssue(onlyIssue(CLOUDMART, "gateway.plugins.rate-limiting.secnd=20"), "--set gateway.plugins.rate-limiting.secnd=20",
                0, 0, "", "unknown field 'secnd'; did you mean 'second'?");
        assertIssue(onlyIssue(CLOUDMART, "mesh.services.payment.retries.attempts=-1"),
                "--set mesh.services.payment.retries.attempts=-1", 0, 0, "mesh.services.payment.retries.attempts",
                "must be at least 0 (got -1)");
        assertIssue(onlyIssue(CLOUDMART, "services.order.versions.canary.errorRate=2"),
                "--set services.order.versions.canary.errorRate=2", 0, 0, "services.order.versions.canary.errorRate",
                "must be in [0, 1] (got 2)");
        assertIssue(onlyIssue(CLOUDMART, "load.scale=0"), "--set load.scale=0", 0, 0, "load.scale", "must be > 0 (got 0)");
        assertIssue(onlyIssue(CLOUDMART, "services.order.endpoints.place.steps.2.saga=checkout"),
                "--set services.order.endpoints.place.steps.2.saga=checkout", 0, 0,
                "services.order.endpoints.place.steps.2.saga", "unknown saga 'checkout'. Sagas: place-order");
        assertIssue(onlyIssue(CLOUDMART, "services.order.endpoints.place.steps.9.work=constant(value=1ms)"),
                "--set services.order.endpoints.place.steps.9.work=constant(value=1ms)", 0, 0, "",
                "has 4 elements; use an index from 0 to 4");
        assertIssue(onlyIssue(MINIMAL, "services.api.versions.canary.replicas=2"), "mmc.yaml", 12, 15, "services.api.replicas",
                "replicas (1) must equal the sum of the versions' replicas (2)");
    }
}
