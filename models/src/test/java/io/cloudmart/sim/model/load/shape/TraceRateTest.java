package io.cloudmart.sim.model.load.shape;

import static io.cloudmart.sim.model.load.shape.PoissonCheck.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudmart.sim.core.random.RandomStream;

/** Requests per second per fixed interval, replayed piecewise constant and parsed from CSV text. */
class TraceRateTest {
    private static final String MINUTES = """
            # per-minute export
            time,rps
            1700000000,5

            1700000060, 10
            1700000120,0
            1700000180,2.5
            """;

    @Test
    void parsesTimeAndRateColumns() {
        TraceRate trace = TraceRate.parse(MINUTES, 60);
        assertThat(trace.size()).isEqualTo(4);
        assertThat(trace.end()).isEqualTo(240);
        assertThat(trace.rateAt(0)).isEqualTo(5);
        assertThat(trace.rateAt(59.999)).isEqualTo(5);
        assertThat(trace.rateAt(60)).isEqualTo(10);
        assertThat(trace.rateAt(150)).isZero();
        assertThat(trace.rateAt(200)).isEqualTo(2.5);
        assertThat(trace.rateAt(240)).as("0 after the trace").isZero();
        assertThat(trace.describe()).isEqualTo("trace(interval=60, intervals=4, mean=4.375, max=10)");
    }

    @Test
    void analyticValues() {
        TraceRate trace = TraceRate.parse(MINUTES, 60);
        assertThat(trace.integral(0, 240)).isCloseTo(300 + 600 + 0 + 150, within(EPS));
        assertThat(trace.integral(30, 90)).isCloseTo(150 + 300, within(EPS));
        assertThat(trace.integral(200, 1000)).isCloseTo(100, within(EPS));
        assertThat(trace.maxRate(0, 59)).isEqualTo(5);
        assertThat(trace.maxRate(59, 60)).as("closed window reaches the next interval").isEqualTo(10);
        assertThat(trace.maxRate(200, 1000)).isEqualTo(2.5);
        assertThat(trace.maxRate(300, 400)).isZero();
        assertThat(trace.constantUntil(30)).isEqualTo(60);
        assertThat(trace.constantUntil(150)).isEqualTo(180);
        assertThat(trace.constantUntil(240)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void parsesOneColumnFromAReader() {
        TraceRate trace = TraceRate.parse(new StringReader("\uFEFFrps\r\n1\r\n2\r\n+3e0\r\n"), 0.5);
        assertThat(trace.size()).isEqualTo(3);
        assertThat(trace.integral(0, 1.5)).isCloseTo(3, within(EPS));
    }

    /** Every constant piece ends strictly after the time asked, even where i · interval rounds. */
    @Test
    void intervalEdgesRoundSafely() {
        double[] rates = new double[1000];
        java.util.Arrays.fill(rates, 1);
        TraceRate trace = new TraceRate(0.1, rates);
        for (int i = 0; i < 1000; i++) {
            for (double t : new double[] {i * 0.1, i / 10.0, Math.nextDown(i * 0.1), Math.nextUp(i * 0.1)}) {
                if (t >= 0) {
                    assertThat(trace.constantUntil(t)).as("t = %s", t).isGreaterThan(t);
                }
            }
        }
    }

    /**
     * 200 replications over 50 s of a trace with a 0 interval: each interval's count is
     * Poisson(200 · rps · 10 s), the zero interval gets exactly none, and nothing follows the end.
     */
    @Test
    void countsPerIntervalMatchTheTrace() {
        TraceRate trace = new TraceRate(10, new double[] {5, 50, 0, 20, 1});
        double[] edges = {0, 10, 20, 30, 40, 50};
        int replications = 200;
        long[] counts = PoissonCheck.counts(trace, PoissonCheck.stream("trace.counts"), edges, replications);
        double[] rates = {5, 50, 0, 20, 1};
        for (int k = 0; k < counts.length; k++) {
            PoissonCheck.assertPoisson(counts[k], replications * rates[k] * 10, "interval " + k);
        }
        assertThat(counts[2]).isZero();
        RandomStream stream = PoissonCheck.stream("trace.after");
        assertThat(ArrivalProcess.poisson(trace, stream).nextAfter(45)).isLessThan(50);
        assertThat(ArrivalProcess.poisson(trace, stream).nextAfter(50)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "rps\\n5\\nabc\\n                    | line 3: | text",
        "5\\n-1\\n                           | line 2: | negative rate",
        "# c\\n\\n5\\n1,2,3\\n               | line 4: | three fields",
        "0,5\\n60,5\\n180,5\\n               | line 3: | a gap in the times",
        "0,5\\n7\\n                          | line 2: | mixed column counts",
        "5\\nrps\\n                          | line 2: | a header after data",
        "5\\nNaN\\n                          | line 2: | NaN",
        "5\\n1e999\\n                        | line 2: | overflow",
        "5\\n0x10\\n                         | line 2: | hex",
        "5\\n,\\n                            | line 2: | empty fields",
        "time,rps\\n# nothing\\n             | no data rows | no rows",
    })
    void rejectsBadRowsWithTheirLine(String csv, String message, String what) {
        String text = csv.strip().replace("\\n", "\n");
        assertThatThrownBy(() -> TraceRate.parse(text, 60)).as(what)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void refusesBadConstruction() {
        assertThatThrownBy(() -> new TraceRate(0, new double[] {1})).hasMessageContaining("interval");
        assertThatThrownBy(() -> new TraceRate(1, new double[0])).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new TraceRate(1, new double[] {1, -2})).hasMessageContaining("rates[1]");
        assertThatThrownBy(() -> TraceRate.parse("5", -1)).hasMessageContaining("interval");
    }

    @Test
    void copiesItsInput() {
        double[] rates = {1, 2};
        TraceRate trace = new TraceRate(1, rates);
        rates[0] = 99;
        assertThat(trace.rateAt(0.5)).isEqualTo(1);
    }
}
