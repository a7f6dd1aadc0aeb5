package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One mistake per capacity field (start-up, grace period, HPA, control plane), made in the bundled
 * flash-sale scenario: exactly one issue, with its path, a line and column, and a key phrase.
 */
class CapacityBadInputTest {
    private static final String FLASH_SALE = read();

    private static String read() {
        try {
            return Files.readString(Path.of("catalog/flash-sale.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException("run from the scenarios module", e);
        }
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("cases")
    void oneIssueWithPathAndPhrase(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(FLASH_SALE, from, to, path, phrase);
    }

    static Stream<Arguments> cases() {
        String svc = "services.checkout.";
        return Stream.of(
                bad("concurrency: 16 }", "concurrency: 16, terminationGracePeriodSeconds: -1 }",
                        svc + "pod.terminationGracePeriodSeconds", "-1"),
                bad("imagePull: 10s", "imagePull: fast", svc + "startup.imagePull", "fast"),
                bad("containerStart: 2s", "containerStart: -2s", svc + "startup.containerStart", "-2s"),
                bad("appStart: 15s", "appStart: [15s]", svc + "startup.appStart", "list"),
                bad("initialDelaySeconds: 5,", "initialDelaySeconds: 2.5,", svc + "startup.readinessProbe.initialDelaySeconds",
                        "whole number"),
                bad("periodSeconds: 5 }", "periodSeconds: 0 }", svc + "startup.readinessProbe.periodSeconds", "1"),
                bad("factor: 1.5,", "factor: 0.5,", svc + "startup.warmup.factor", "0.5"),
                bad("duration: 30s }", "duration: soon }", svc + "startup.warmup.duration", "soon"),
                bad("warmup: {", "warmUp: {", svc + "startup.warmUp", "did you mean 'warmup'?"),
                bad("minReplicas: 3", "minReplicas: 0", svc + "hpa.minReplicas", "0"),
                bad("maxReplicas: 16", "maxReplicas: 2", svc + "hpa.maxReplicas", "at least minReplicas"),
                bad("maxReplicas: 16", "maxReplicaz: 16", svc + "hpa.maxReplicaz", "did you mean 'maxReplicas'?"),
                bad("- type: Resource", "- type: External", svc + "hpa.metrics.0.type", "External"),
                bad("name: cpu,", "name: gpu,", svc + "hpa.metrics.0.resource.name", "gpu"),
                bad("type: Utilization,", "type: Value,", svc + "hpa.metrics.0.resource.target.type", "Value"),
                bad("averageUtilization: 60", "averageUtilization: 0", svc + "hpa.metrics.0.resource.target.averageUtilization",
                        "0"),
                bad("averageUtilization: 60", "averageValue: 0.5", svc + "hpa.metrics.0.resource.target",
                        "averageUtilization"),
                // memory: the usage model and the HPA's memory metric
                bad("name: cpu,", "name: memory,", svc + "hpa.metrics.0.resource.name",
                        "add services.checkout.pod.memoryUsage"),
                bad("concurrency: 16 }", "concurrency: 16, memoryUsage: { base: 1Gi } }", svc + "pod.memoryUsage.base",
                        "OOM-killed"),
                bad("concurrency: 16 }", "concurrency: 16, memoryUsage: { perRequest: 2Mi } }", svc + "pod.memoryUsage",
                        "base"),
                bad("concurrency: 16 }", "concurrency: 16, memoryUsage: { base: 100Mi, perRequest: -2Mi } }",
                        svc + "pod.memoryUsage.perRequest", "-2Mi"),
                bad("concurrency: 16 }", "concurrency: 16, memoryUsage: { base: 100Mb } }", svc + "pod.memoryUsage.base",
                        "Mb"),
                bad("concurrency: 16 }", "concurrency: 16, memoryUsage: { base: 100Mi, perReq: 2Mi } }",
                        svc + "pod.memoryUsage.perReq", "did you mean 'perRequest'?"),
                bad("type: Utilization, averageUtilization: 60", "type: AverageValue, averageValue: 400Xi",
                        svc + "hpa.metrics.0.resource.target.averageValue", "Xi"),
                bad("type: Utilization, averageUtilization: 60", "type: AverageValue, averageValue: -400Mi",
                        svc + "hpa.metrics.0.resource.target.averageValue", "-400Mi"),
                bad("stabilizationWindowSeconds: 300", "stabilizationWindowSeconds: 4000",
                        svc + "hpa.behavior.scaleDown.stabilizationWindowSeconds", "3600"),
                bad("stabilizationWindowSeconds: 300", "stabilizationWindowSeconds: 300\n          selectPolicy: Biggest",
                        svc + "hpa.behavior.scaleDown.selectPolicy", "Biggest"),
                bad("stabilizationWindowSeconds: 300", "policies: [ { type: Pods, value: 2, periodSeconds: 2000 } ]",
                        svc + "hpa.behavior.scaleDown.policies.0.periodSeconds", "1800"),
                bad("stabilizationWindowSeconds: 300", "policies: [ { type: Pod, value: 2, periodSeconds: 60 } ]",
                        svc + "hpa.behavior.scaleDown.policies.0.type", "Pod"),
                bad("stabilizationWindowSeconds: 300", "policies: []", svc + "hpa.behavior.scaleDown.policies",
                        "at least one policy"),
                bad("services:\n", "controlPlane: { metricResolution: 0s }\nservices:\n", "controlPlane.metricResolution",
                        "0s"),
                bad("services:\n", "controlPlane: { hpa: { tolerance: 2 } }\nservices:\n", "controlPlane.hpa.tolerance", "2"),
                bad("services:\n", "controlPlane: { hpa: { syncPeriod: often } }\nservices:\n", "controlPlane.hpa.syncPeriod",
                        "often"));
    }

    private static Arguments bad(String from, String to, String path, String phrase) {
        return Arguments.of(from, to, path, phrase);
    }
}
