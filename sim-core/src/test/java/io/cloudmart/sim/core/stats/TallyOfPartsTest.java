package io.cloudmart.sim.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** A tally of parts summarises and charts exactly what a tally recorded alongside its parts would. */
class TallyOfPartsTest {
    private double now;
    private final Clock clock = () -> now;

    @Test
    void wholeAndPartsEqualTalliesRecordedTwice() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(300, 10));
        Tally whole = registry.tallyOfParts("svc.latency", true);
        Tally[] parts = {registry.tallyPart("ep.a.latency", false, whole), registry.tallyPart("ep.b.latency", true, whole),
            registry.tallyPart("ep.c.latency", false, whole)};
        Tally lone = registry.tally("lone.latency", true);
        Tally[] loneParts = {registry.tally("lone.a.latency", false), registry.tally("lone.b.latency", true),
            registry.tally("lone.c.latency", false)};
        SplittableRandom random = new SplittableRandom(3);
        double[] means = {0.002, 0.030, 0.4};
        for (int i = 0; i < 30_000; i++) {
            now = i * 0.01;
            if (i == 6_000) {
                registry.resetAll(); // the end of warm-up: parts and whole forget together
            }
            int p = random.nextInt(3);
            double seconds = -means[p] * Math.log(1 - random.nextDouble());
            parts[p].record(seconds);
            lone.record(seconds);
            loneParts[p].record(seconds);
        }
        now = 300;
        MetricsSnapshot snapshot = registry.finish();
        assertThat(snapshot.tally("svc.latency")).isEqualTo(snapshot.tally("lone.latency"));
        assertThat(snapshot.tally("svc.latency").count()).isEqualTo(24_000);
        assertThat(snapshot.series().get("svc.latency").columns())
                .containsOnlyKeys(snapshot.series().get("lone.latency").columns().keySet());
        snapshot.series().get("lone.latency").columns().forEach((column, values) ->
                assertThat(snapshot.series().get("svc.latency").column(column)).as(column).containsExactly(values));
        for (String part : new String[] {"a", "b", "c"}) {
            assertThat(snapshot.tally("ep." + part + ".latency")).as(part).isEqualTo(snapshot.tally("lone." + part + ".latency"));
        }
        assertThat(snapshot.series().get("ep.b.latency").column("p99"))
                .containsExactly(snapshot.series().get("lone.b.latency").column("p99"));
    }

    @Test
    void wholeWithoutObservationsIsEmpty() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(10, 10));
        Tally whole = registry.tallyOfParts("w", false);
        registry.tallyPart("p", false, whole);
        now = 10;
        assertThat(registry.finish().tally("w")).isEqualTo(TallySummary.EMPTY);
    }

    @Test
    void aWholeIsRecordedOnlyThroughItsParts() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(10, 10));
        Tally whole = registry.tallyOfParts("w", false);
        assertThatThrownBy(() -> whole.record(0.1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPartNeedsAWholeOfTheSameRegistry() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(10, 10));
        Tally single = registry.tally("single", false);
        Tally elsewhere = new MetricRegistry(clock, Buckets.forRun(10, 10)).tallyOfParts("w", false);
        assertThatThrownBy(() -> registry.tallyPart("p", false, single)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.tallyPart("p", false, elsewhere)).isInstanceOf(IllegalArgumentException.class);
        Tally whole = registry.tallyOfParts("w", false);
        assertThatThrownBy(() -> registry.tallyPart("single", false, whole)).isInstanceOf(IllegalArgumentException.class);
    }
}
