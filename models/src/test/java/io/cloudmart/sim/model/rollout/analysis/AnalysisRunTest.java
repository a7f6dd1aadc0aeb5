package io.cloudmart.sim.model.rollout.analysis;

import static io.cloudmart.sim.model.rollout.AnalysisPhase.ERROR;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.FAILED;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.INCONCLUSIVE;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.PENDING;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.RUNNING;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.SUCCESSFUL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run: scheduling (generateMetricTasks), termination and the run phase (assessRunStatus), oracles 9 and 10. */
class AnalysisRunTest {
    private static final MetricSpec SUCCESS_RATE = MetricSpec.named("success-rate").withInterval(60).withCount(3)
            .withSuccessCondition("result[0] >= 0.95");

    /** Measurement times, so that tests can check the schedule. */
    private static final class RecordingSource implements MetricSource {
        final List<String> calls = new ArrayList<>();
        private final Map<String, Double> values;

        RecordingSource(Map<String, Double> values) {
            this.values = values;
        }

        @Override
        public double measure(String metricName, double now) {
            calls.add(metricName + "@" + (long) now);
            return values.get(metricName);
        }
    }

    /** Reconciles at every due time until the run completes or {@code until} passes. */
    private static AnalysisPhase runUntilDone(AnalysisRun run, MetricSource source, double start, double until) {
        double now = start;
        run.reconcile(now, source);
        while (!run.completed() && run.nextReconcileAt().isPresent() && run.nextReconcileAt().getAsDouble() <= until) {
            now = run.nextReconcileAt().getAsDouble();
            run.reconcile(now, source);
        }
        return run.phase();
    }

    @Test
    void oracle9OneFailedMeasurementFailsTheRun() {
        MetricSpec metric = SUCCESS_RATE.withFailureLimit(0);
        AnalysisRun run = new AnalysisRun(List.of(metric), 0);
        RecordingSource source = new RecordingSource(Map.of("success-rate", 0.90));
        assertThat(runUntilDone(run, source, 0, 1000)).isEqualTo(FAILED);
        assertThat(source.calls).containsExactly("success-rate@0");
        assertThat(run.message()).isEqualTo("Metric \"success-rate\" assessed Failed due to failed (1) > failureLimit (0)");
    }

    @Test
    void oracle10AValueBetweenTheConditionsIsInconclusive() {
        MetricSpec metric = SUCCESS_RATE.withFailureCondition("result[0] < 0.90");
        AnalysisRun run = new AnalysisRun(List.of(metric), 0);
        assertThat(runUntilDone(run, new RecordingSource(Map.of("success-rate", 0.92)), 0, 1000)).isEqualTo(INCONCLUSIVE);
    }

    @Test
    void aReleaseWithTenPercentErrorsFailsAtItsFirstMeasurement() {
        AnalysisRun run = new AnalysisRun(List.of(SUCCESS_RATE), 100);
        assertThat(run.reconcile(100, (name, now) -> 0.90)).isEqualTo(FAILED);
        assertThat(run.nextReconcileAt()).isEmpty();
    }

    @Test
    void aHealthyReleaseStaysSuccessfulThroughCountMeasurements() {
        AnalysisRun run = new AnalysisRun(List.of(SUCCESS_RATE), 0);
        RecordingSource source = new RecordingSource(Map.of("success-rate", 0.999));
        assertThat(run.reconcile(0, source)).isEqualTo(RUNNING);
        assertThat(run.nextReconcileAt()).hasValue(60);
        assertThat(run.dueMetrics(59.9)).isEmpty();
        assertThat(run.dueMetrics(60)).containsExactly("success-rate");
        assertThat(runUntilDone(run, source, 0, 1000)).isEqualTo(SUCCESSFUL);
        assertThat(source.calls).containsExactly("success-rate@0", "success-rate@60", "success-rate@120");
        assertThat(run.metricStatuses().get(0).tally().successful()).isEqualTo(3);
    }

    @Test
    void initialDelayThenEveryInterval() {
        MetricSpec delayed = SUCCESS_RATE.withInitialDelay(30);
        AnalysisRun run = new AnalysisRun(List.of(delayed), 10);
        RecordingSource source = new RecordingSource(Map.of("success-rate", 0.99));
        assertThat(run.reconcile(10, source)).isEqualTo(RUNNING);
        assertThat(source.calls).isEmpty();
        assertThat(run.metricStatuses().get(0).phase()).isEqualTo(PENDING);
        assertThat(run.nextReconcileAt()).hasValue(40);
        runUntilDone(run, source, 40, 1000);
        assertThat(source.calls).containsExactly("success-rate@40", "success-rate@100", "success-rate@160");
    }

    @Test
    void afterAnErrorTheRetryComesTenSecondsLaterAndFiveInARowErrTheRun() {
        AnalysisRun run = new AnalysisRun(List.of(SUCCESS_RATE), 0);
        RecordingSource source = new RecordingSource(Map.of("success-rate", Double.NaN));
        assertThat(runUntilDone(run, source, 0, 1000)).isEqualTo(ERROR);
        assertThat(source.calls).containsExactly("success-rate@0", "success-rate@10", "success-rate@20",
                "success-rate@30", "success-rate@40");
        assertThat(run.message()).isEqualTo(
                "Metric \"success-rate\" assessed Error due to consecutiveErrors (5) > consecutiveErrorLimit (4)");
    }

    @Test
    void anErrorIsRetriedWithoutUsingUpTheCount() {
        double[] values = {Double.NaN, 0.99, 0.99, 0.99};
        int[] next = {0};
        AnalysisRun run = new AnalysisRun(List.of(SUCCESS_RATE), 0);
        List<Long> times = new ArrayList<>();
        MetricSource source = (name, now) -> {
            times.add((long) now);
            return values[next[0]++];
        };
        assertThat(runUntilDone(run, source, 0, 1000)).isEqualTo(SUCCESSFUL);
        assertThat(times).containsExactly(0L, 10L, 70L, 130L);
    }

    @Test
    void theRunIsTheWorstOfItsMetricsAndStopsTheOthersWhenOneFails() {
        MetricSpec latency = MetricSpec.named("latency-p99").withInterval(30).withCount(10)
                .withSuccessCondition("result <= 500");
        AnalysisRun run = new AnalysisRun(List.of(SUCCESS_RATE, latency), 0);
        double[] p99 = {200};
        MetricSource source = (name, now) -> name.equals("success-rate") ? 0.99 : p99[0];
        assertThat(run.reconcile(0, source)).isEqualTo(RUNNING);
        assertThat(run.nextReconcileAt()).hasValue(30);
        p99[0] = 900;
        assertThat(run.reconcile(30, source)).isEqualTo(FAILED);
        assertThat(run.metricStatuses()).extracting(MetricStatus::phase).containsExactly(SUCCESSFUL, FAILED);
        assertThat(run.metricStatuses().get(0).tally().count()).as("no more measurements once terminating").isEqualTo(1);
    }

    @Test
    void dryRunMetricsAreMeasuredButNeverDecide() {
        MetricSpec dry = SUCCESS_RATE.asDryRun();
        MetricSpec healthy = MetricSpec.named("latency").withSuccessCondition("result < 500");
        AnalysisRun run = new AnalysisRun(List.of(dry, healthy), 0);
        MetricSource source = (name, now) -> name.equals("latency") ? 100 : 0.5;
        assertThat(run.reconcile(0, source)).as("the dry-run metric failed; the other one is done").isEqualTo(SUCCESSFUL);
        assertThat(run.metricStatuses().get(0).phase()).isEqualTo(FAILED);

        AnalysisRun onlyDry = new AnalysisRun(List.of(dry), 0);
        assertThat(onlyDry.reconcile(0, source)).as("only dry-run metrics: Successful").isEqualTo(SUCCESSFUL);
    }

    @Test
    void backgroundAnalysisRunsUntilTerminatedThenSucceeds() {
        MetricSpec background = MetricSpec.named("bg").withInterval(60).withSuccessCondition("result >= 0.95");
        AnalysisRun run = new AnalysisRun(List.of(background), 0);
        assertThat(runUntilDone(run, (n, t) -> 0.99, 0, 600)).isEqualTo(RUNNING);
        assertThat(run.metricStatuses().get(0).tally().count()).isEqualTo(11);
        assertThat(run.terminate()).isEqualTo(SUCCESSFUL);
        assertThat(run.dueMetrics(10_000)).isEmpty();
    }

    @Test
    void terminatingBeforeTheFirstMeasurementIsSuccessful() {
        AnalysisRun run = new AnalysisRun(List.of(SUCCESS_RATE.withInitialDelay(300)), 0);
        run.reconcile(0, (n, t) -> 0.1);
        assertThat(run.terminate()).isEqualTo(SUCCESSFUL);
    }

    @Test
    void refusesNoMetricsOrDuplicateNames() {
        assertThatThrownBy(() -> new AnalysisRun(List.of(), 0)).hasMessage("no metrics specified");
        assertThatThrownBy(() -> new AnalysisRun(List.of(SUCCESS_RATE, SUCCESS_RATE), 0))
                .hasMessage("metrics[1]: duplicate name 'success-rate'");
    }
}
