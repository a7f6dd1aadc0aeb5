package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudmart.sim.model.service.Readiness;
import io.cloudmart.sim.model.service.StartupSpec;
import io.cloudmart.sim.model.service.VersionFaults;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * One mistake per bad-release field of a version ({@code memoryLeak}, {@code startup}, {@code readiness}), made in a
 * scenario that uses them (test resource {@code load/leak.yaml}): exactly one issue, with its path and a key phrase;
 * and the file as written binds to the faults the model runs.
 */
class BadReleaseBadInputTest {
    private static final String LEAK = TestScenarios.resource("/load/leak.yaml");
    private static final String V = "services.api.versions.v2.";
    private static final String LEAK_FIELD = "memoryLeak: { perRequest: 2Mi }";

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("cases")
    void oneIssueWithPathAndPhrase(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(LEAK, from, to, path, phrase);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad(LEAK_FIELD, "memoryLeak: { perRequest: lots }", V + "memoryLeak.perRequest", "Mi"),
                bad(LEAK_FIELD, "memoryLeak: { perRequest: 0Mi }", V + "memoryLeak.perRequest", "> 0"),
                bad(LEAK_FIELD, "memoryLeak: {}", V + "memoryLeak", "missing required field 'perRequest'"),
                bad(LEAK_FIELD, "memoryLeak: { perRequests: 2Mi }", V + "memoryLeak.perRequests",
                        "did you mean 'perRequest'"),
                bad(LEAK_FIELD, "memoryLeak: 2Mi", V + "memoryLeak", "mapping"),
                bad(", memoryUsage: { base: 200Mi } }", " }", V + "memoryLeak", "add pod.memoryUsage"),
                bad("appStart: 25s", "appStart: 25", V + "startup.appStart", "unit"),
                bad("appStart: 25s", "appStar: 25s", V + "startup.appStar", "did you mean 'appStart'"),
                bad("periodSeconds: 5", "periodSeconds: 0", V + "startup.readinessProbe.periodSeconds", "1"),
                bad(LEAK_FIELD, LEAK_FIELD + ", readiness: failng", V + "readiness", "failing"),
                bad(LEAK_FIELD, LEAK_FIELD + ", readines: failing", V + "readines", "did you mean 'readiness'"));
    }

    private static Arguments bad(String from, String to, String path, String phrase) {
        return Arguments.of(from, to, path, phrase);
    }

    @Test
    void theFileBindsToTheFaultsTheModelRuns() throws Exception {
        ScenarioSpec spec = TestScenarios.load(LEAK);
        VersionFaults v2 = spec.services().get("api").versions().get("v2").faults();
        assertThat(v2.memoryLeakMiBPerRequest()).isEqualTo(2.0);
        assertThat(v2.readiness()).isEqualTo(Readiness.PASSING);
        // the version's appStart and probe period over the service's start-up (all defaults here)
        StartupSpec d = StartupSpec.defaults();
        assertThat(v2.startup()).isEqualTo(new StartupSpec(d.imagePullSeconds(), d.containerStartSeconds(), 25,
                d.initialDelaySeconds(), 5, 1, 0));
        assertThat(spec.services().get("api").versions().get("v1").faults()).isEqualTo(VersionFaults.NONE);
    }

    @Test
    void aVersionWithoutAStartUpOfItsOwnLeaksWithItsServicesStartUp() throws Exception {
        ScenarioSpec spec = TestScenarios.load(TestScenarios.edit(LEAK,
                ", startup: { appStart: 25s, readinessProbe: { periodSeconds: 5 } }", ", readiness: failing"));
        VersionFaults v2 = spec.services().get("api").versions().get("v2").faults();
        assertThat(v2.startup()).isEqualTo(StartupSpec.defaults());
        assertThat(v2.readiness()).isEqualTo(Readiness.FAILING);
    }
}
