package io.cloudmart.sim.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.bench.MM1Model;

class SequentialReplicationsTest {
    private static final RunSettings BASE = new RunSettings("seq", 5, 0, 500, 50, 10);
    private static final ModelFactory MM1 = sim -> new MM1Model(sim, 0.7, 1.0, Long.MAX_VALUE);
    private static final Function<List<ReplicationResult>, List<PrecisionFigure>> SOJOURN = rs -> List.of(
            new PrecisionFigure("sojourn", rs.stream().mapToDouble(r -> r.metrics().tally("mm1.sojourn").mean())
                    .toArray(), 0));

    /**
     * The count it stops at is the first n (from the minimum) whose half-width over replications 0..n-1 is within
     * 10% of their mean, found here by checking every n on 60 replications run plainly.
     */
    @Test
    void stopsAtTheFirstCountThatMeetsTheTarget() {
        double[] all = SOJOURN.apply(new ReplicationRunner(2).run(BASE, 60, MM1).replications()).get(0).values();
        int first = -1;
        for (int n = 3; n <= 60 && first < 0; n++) {
            Estimate e = Estimate.of(java.util.Arrays.copyOf(all, n));
            if (e.halfWidth95() <= 0.10 * e.mean()) {
                first = n;
            }
        }
        assertThat(first).as("the target is reachable within 60").isGreaterThan(3);
        SequentialReplications.Outcome outcome = new SequentialReplications(new ReplicationRunner(2),
                new RelativePrecision(0.10), 3, 60).run(BASE, MM1, SOJOURN, p -> { });
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.replications()).isEqualTo(first);
        Estimate previous = Estimate.of(java.util.Arrays.copyOf(all, first - 1));
        assertThat(previous.halfWidth95()).as("one fewer is not enough").isGreaterThan(0.10 * previous.mean());
        assertThat(outcome.figures().get(0).estimate()).isEqualTo(Estimate.of(java.util.Arrays.copyOf(all, first)));
    }

    /** 1 thread or 3 (batches of 3 overshoot and drop the extra ones): the same count and the same numbers. */
    @Test
    void theCountDoesNotDependOnTheThreads() {
        SequentialReplications.Outcome one = new SequentialReplications(new ReplicationRunner(1),
                new RelativePrecision(0.10), 3, 60).run(BASE, MM1, SOJOURN, p -> { });
        SequentialReplications.Outcome three = new SequentialReplications(new ReplicationRunner(3),
                new RelativePrecision(0.10), 3, 60).run(BASE, MM1, SOJOURN, p -> { });
        assertThat(three.replications()).isEqualTo(one.replications());
        assertThat(one.replicationsRun()).isEqualTo(one.replications());
        for (int k = 0; k < one.replications(); k++) {
            assertThat(three.result().replications().get(k).metrics())
                    .isEqualTo(one.result().replications().get(k).metrics());
        }
    }

    /** A target out of reach stops at the cap and says it was not met. */
    @Test
    void theCapStopsAnUnreachableTarget() {
        SequentialReplications.Outcome outcome = new SequentialReplications(new ReplicationRunner(2),
                new RelativePrecision(0.001), 3, 6).run(BASE, MM1, SOJOURN, p -> { });
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.replications()).isEqualTo(6);
        assertThat(outcome.figures().get(0).met()).isFalse();
    }

    /** A figure that is 0 in every replication has half-width 0 and is met; a share near 0 is judged on its floor. */
    @Test
    void figuresNearZero() {
        RelativePrecision fivePercent = new RelativePrecision(0.05);
        assertThat(fivePercent.isMet(Estimate.of(new double[] {0, 0, 0}), 0)).isTrue();
        Estimate rare = Estimate.of(new double[] {0.1, 0.12, 0.11, 0.1}); // percent: hw ≈ 0.015 points
        assertThat(fivePercent.isMet(rare, 0)).isFalse();
        assertThat(fivePercent.isMet(rare, 1.0)).isTrue(); // within 5% of one percentage point
        assertThat(fivePercent.isMet(Estimate.of(new double[] {Double.NaN, Double.NaN}), 0)).isTrue();
        assertThat(fivePercent.isMet(Estimate.of(new double[] {3}), 0)).isFalse();
    }
}
