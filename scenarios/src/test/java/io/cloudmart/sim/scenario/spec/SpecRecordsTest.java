package io.cloudmart.sim.scenario.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecRecordsTest {

    @Test
    void distributionSpecComparesSamplesByValueAndCopiesThem() {
        double[] samples = {0.1, 0.2};
        DistributionSpec a = new DistributionSpec("empirical", Map.of(), samples, "empirical(file=a.csv)");
        DistributionSpec b = new DistributionSpec("empirical", Map.of(), new double[] {0.1, 0.2}, "empirical(file=a.csv)");

        samples[0] = 99;
        a.samples()[1] = 99;

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.samples()).containsExactly(0.1, 0.2);
        assertThat(a).isNotEqualTo(new DistributionSpec("empirical", Map.of(), new double[] {0.1}, "empirical(file=a.csv)"));
    }

    @Test
    void distributionParamsKeepOrderAndNameMissingOnes() {
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("min", 0.0);
        params.put("max", 1.0);
        DistributionSpec uniform = new DistributionSpec("uniform", params, null, "uniform(min=0s, max=1s)");

        assertThat(uniform.params().keySet()).containsExactly("min", "max");
        assertThat(uniform.param("max")).isEqualTo(1.0);
        assertThat(uniform.samples()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> uniform.param("mean"))
                .withMessageContaining("uniform has no parameter 'mean'");
    }

    @Test
    void collectionsAreUnmodifiableCopiesInOrder() {
        Map<String, EndpointSpec> endpoints = new LinkedHashMap<>();
        endpoints.put("z", new EndpointSpec(new DistributionSpec("constant", Map.of("value", 0.0), null, "constant(value=0s)")));
        endpoints.put("a", endpoints.get("z"));
        ServiceSpec service = new ServiceSpec(1, PodSpec.DEFAULT, endpoints);
        endpoints.clear();

        assertThat(service.endpoints().keySet()).containsExactly("z", "a");
        assertThatThrownBy(() -> service.endpoints().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constantLoadIsOneStageForTheWholeRun() {
        LoadSpec load = LoadSpec.constant(30, 7200, Map.of("browse", new JourneySpec(1, "api", "get")));

        assertThat(load.constantRate()).isTrue();
        assertThat(load.stages()).containsExactly(new StageSpec(7200, 30));
        assertThat(load.rateAt(0)).isEqualTo(30);
        assertThat(load.rateAt(10_000)).isEqualTo(30);
        assertThat(load.journeys().get("browse").call()).isEqualTo("api.get");
    }

    @Test
    void stagedLoadSwitchesAtStageEndsAndHoldsTheLastRate() {
        LoadSpec load = new LoadSpec(List.of(new StageSpec(60, 1), new StageSpec(60, 5)),
                Map.of("j", new JourneySpec(2, "a", "b")), false);

        assertThat(load.rateAt(59.999)).isEqualTo(1);
        assertThat(load.rateAt(60)).isEqualTo(5);
        assertThat(load.rateAt(1e6)).isEqualTo(5);
        assertThat(load.totalWeight()).isEqualTo(2);
    }

    @Test
    void measuredTimeExcludesWarmup() {
        ScenarioSpec spec = new ScenarioSpec("x", "", 1, 7200, 600, 1,
                LoadSpec.constant(1, 7200, Map.of("j", new JourneySpec(1, "a", "b"))), Map.of());

        assertThat(spec.measuredSeconds()).isEqualTo(6600);
    }

    @Test
    void shortFormEndpointIsOneWorkStep() {
        DistributionSpec work = new DistributionSpec("constant", Map.of("value", 0.001), null, "constant(value=1ms)");
        EndpointSpec endpoint = new EndpointSpec(work);

        assertThat(endpoint.steps()).containsExactly(new StepSpec.WorkStep(work));
        assertThat(endpoint.isWorkOnly()).isTrue();
        assertThat(endpoint.work()).isEqualTo(work);
        assertThat(endpoint.errorRate()).isZero();
        assertThat(endpoint.authorize()).isNull();
        EndpointSpec calls = new EndpointSpec(List.of(new StepSpec.CallStep("a", "b", false)), 0, null);
        assertThat(calls.isWorkOnly()).isFalse();
        assertThatThrownBy(calls::work).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void serviceWithoutVersionsHasOneStableVersion() {
        ServiceSpec service = new ServiceSpec(3, PodSpec.DEFAULT, Map.of());

        assertThat(service.versions()).containsExactly(Map.entry("stable", new VersionSpec(3, 0, 1)));
        assertThat(service.hasDefaultVersions()).isTrue();
    }

    @Test
    void traceShapesCompareRatesByValueAndCopyThem() {
        double[] rates = {1, 2};
        RateShapeSpec.TraceShape a = new RateShapeSpec.TraceShape("t.csv", 60, rates);
        rates[0] = 99;
        a.rates()[1] = 99;

        assertThat(a).isEqualTo(new RateShapeSpec.TraceShape("t.csv", 60, new double[] {1, 2}))
                .hasSameHashCodeAs(new RateShapeSpec.TraceShape("t.csv", 60, new double[] {1, 2}));
        assertThat(a.rateAt(59.9)).isEqualTo(1);
        assertThat(a.rateAt(60)).isEqualTo(2);
        assertThat(a.rateAt(120)).isZero();
        assertThat(new RateShapeSpec.ReplayShape("r.csv", new double[] {0.5}))
                .isEqualTo(new RateShapeSpec.ReplayShape("r.csv", new double[] {0.5}));
    }

    @Test
    void spikeRampsUpHoldsAndRampsDown() {
        RateShapeSpec.SpikeShape spike = new RateShapeSpec.SpikeShape(10, 110, 100, 10, 20, 50);

        assertThat(spike.rateAt(99)).isEqualTo(10);
        assertThat(spike.rateAt(105)).isEqualTo(60);
        assertThat(spike.rateAt(115)).isEqualTo(110);
        assertThat(spike.rateAt(155)).isEqualTo(60);
        assertThat(spike.rateAt(180)).isEqualTo(10);
    }

    @Test
    void scaleMultipliesStagedRates() {
        LoadSpec load = new LoadSpec(List.of(new StageSpec(60, 4)), Map.of("j", new JourneySpec(1, "a", "b")), false, null,
                2.5, ClientsSpec.DEFAULT);

        assertThat(load.rateAt(0)).isEqualTo(10);
    }
}
