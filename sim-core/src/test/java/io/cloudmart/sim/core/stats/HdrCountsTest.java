package io.cloudmart.sim.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** {@link HdrCounts} answers as the HdrHistogram it stands in for, on the same values. */
class HdrCountsTest {
    private static final double[] PERCENTILES = {0, 0.1, 1, 10, 25, 50, 75, 90, 95, 99, 99.9, 99.99, 100};

    @Test
    void percentilesAreTheLibrarysForShopLikeLatencies() {
        SplittableRandom random = new SplittableRandom(7);
        for (int digits : new int[] {2, 3}) {
            HdrCounts counts = new HdrCounts(digits);
            Histogram library = new Histogram(digits);
            for (int i = 0; i < 200_000; i++) {
                // microseconds from 0 to minutes: every magnitude the counts grow through, ties at 0 included
                long micros = i % 97 == 0 ? 0 : (long) (Math.exp(random.nextDouble() * Math.log(3e8)));
                counts.record(micros);
                library.recordValue(micros);
            }
            assertSamePercentiles(counts, library, "digits " + digits);
        }
    }

    @Test
    void everyValueBelowAMillionLandsInTheLibrarysBucket() {
        HdrCounts counts = new HdrCounts(3);
        Histogram library = new Histogram(3);
        for (long v = 0; v < 1_000_000; v += 1 + v / 500) {
            counts.record(v);
            library.recordValue(v);
            assertThat(counts.percentile(100)).as("value %d", v).isEqualTo(library.getValueAtPercentile(100));
        }
        assertSamePercentiles(counts, library, "sweep");
    }

    @Test
    void addedCountsEqualTheCountsOfAllTheValues() {
        SplittableRandom random = new SplittableRandom(11);
        HdrCounts small = new HdrCounts(3);
        HdrCounts large = new HdrCounts(3);
        Histogram library = new Histogram(3);
        for (int i = 0; i < 50_000; i++) {
            long fast = (long) (random.nextDouble() * 2_000);
            long slow = (long) (random.nextDouble() * 40_000_000);
            small.record(fast);
            large.record(slow);
            library.recordValue(fast);
            library.recordValue(slow);
        }
        small.add(large); // the shorter counts take the longer's size
        assertThat(small.total()).isEqualTo(100_000);
        assertSamePercentiles(small, library, "added");
    }

    @Test
    void resetForgetsEverything() {
        HdrCounts counts = new HdrCounts(3);
        counts.record(5_000_000);
        counts.reset();
        assertThat(counts.total()).isZero();
        assertThat(counts.percentile(50)).isZero();
        counts.record(42);
        assertThat(counts.percentile(50)).isEqualTo(42);
    }

    @Test
    void refusesToAddAnotherPrecision() {
        assertThatThrownBy(() -> new HdrCounts(3).add(new HdrCounts(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HdrCounts(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSamePercentiles(HdrCounts counts, Histogram library, String what) {
        assertThat(counts.total()).as(what).isEqualTo(library.getTotalCount());
        for (double p : PERCENTILES) {
            assertThat(counts.percentile(p)).as("%s, p%s", what, p).isEqualTo(library.getValueAtPercentile(p));
        }
        for (double p = 0; p <= 100; p += 0.25) {
            assertThat(counts.percentile(p)).as("%s, p%s", what, p).isEqualTo(library.getValueAtPercentile(p));
        }
    }
}
