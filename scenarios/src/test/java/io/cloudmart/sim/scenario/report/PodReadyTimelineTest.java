package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.report.Timeline;

/**
 * The flash sale's scale-up as Ready lines: checkout starts with 3 pods (checkout-stable-0 to -2, Ready at t = 0,
 * no line); every pod the HPA adds is one line when it passes its probe, no earlier than its scale decision plus
 * its start-up (containers 2 s, app 15 s probed at 5, 10, 15 s: 17 s, plus a 10 s pull on a node without the
 * image), and the timeline counts them per service.
 */
class PodReadyTimelineTest {
    private static final double CONTAINERS_AND_PROBE = 2 + 15;
    private static final double PULL = 10;

    private final TimelineRuns run = TimelineRuns.catalog("flash-sale");
    private final List<ControlEvent> events = run.result().replications().get(0).controlEvents();

    @Test
    void everyPodTheHpaAddedIsOneReadyLineNoEarlierThanItsDecisionPlusItsStartUp() {
        List<ControlEvent> scaleUps = events.stream()
                .filter(e -> e.controller().equals("hpa/checkout") && e.decision().equals("scaleUp")).toList();
        int added = scaleUps.stream().mapToInt(e -> ((Number) e.inputs().get("desiredReplicas")).intValue()
                - ((Number) e.inputs().get("currentReplicas")).intValue()).sum();
        // no pod is deleted before it is Ready: the scale-down waits out its 300 s stabilization window
        List<ControlEvent> ready = events.stream().filter(e -> e.decision().equals("Ready")).toList();

        assertThat(added).isGreaterThanOrEqualTo(7);
        Set<String> expected = IntStream.range(3, 3 + added).mapToObj(i -> "kubelet/checkout-stable-" + i)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ready).extracting(ControlEvent::controller).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        Set<Double> decisionTimes = scaleUps.stream().map(ControlEvent::time).collect(Collectors.toSet());
        for (ControlEvent line : ready) {
            double took = number(line, "secondsToReady");
            double createdAt = line.time() - took;
            // created by a scale decision of that instant
            assertThat(decisionTimes).anySatisfy(t -> assertThat(t).isCloseTo(createdAt, within(1e-6)));
            assertThat(took).isGreaterThanOrEqualTo(CONTAINERS_AND_PROBE);
            assertThat(number(line, "imagePullSeconds")).isIn(0.0, PULL);
            assertThat(number(line, "readinessSeconds")).isEqualTo(15.0);
            assertThat(number(line, "waitForNodeSeconds") + number(line, "imagePullSeconds")
                    + number(line, "containerStartSeconds") + number(line, "initSeconds")
                    + number(line, "readinessSeconds")).isCloseTo(took, within(1e-6));
            assertThat(line.inputs()).containsEntry("service", "checkout");
        }
        // some pods waited for a node the Cluster Autoscaler added, and pulled the image there
        assertThat(ready).anySatisfy(line -> assertThat(number(line, "waitForNodeSeconds")).isPositive());
    }

    @Test
    void theTimelineCountsThePodsReadyPerService() {
        Timeline timeline = (Timeline) new TimelineSection(run.spec(), run.result()).build().orElseThrow().blocks()
                .get(0);
        List<Timeline.Entry> ready = timeline.entries().stream().filter(e -> e.kind().equals("Ready")).toList();
        long lines = events.stream().filter(e -> e.decision().equals("Ready")).count();

        assertThat(ready).isNotEmpty().allSatisfy(e -> assertThat(e.text()).matches(
                "checkout: (\\d+ pods|checkout-stable-\\d+) Ready, \\d+(–\\d+)? s after creation"));
        int counted = ready.stream().mapToInt(e -> e.text().matches("checkout: \\d+ pods.*")
                ? Integer.parseInt(e.text().replaceAll("checkout: (\\d+) pods.*", "$1")) : 1).sum();
        assertThat(counted).isEqualTo(lines);
        assertThat(TimelineRules.rule(events.stream().filter(e -> e.decision().equals("Ready")).findFirst()
                .orElseThrow())).hasValueSatisfying(rule -> assertThat(rule.kind()).isEqualTo(TimelineKind.READY));
    }

    private static double number(ControlEvent event, String key) {
        return ((Number) event.inputs().get(key)).doubleValue();
    }
}
