package io.cloudmart.sim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeseriesTableTest {
    private static final String CSV = """
            bucket_start_s,bucket_end_s,client.latency.p99_ms,svc.api.replicas,svc.db.replicas,svc.api.utilization
            0,10,12.5,2,1,0.5
            10,20,,3,,0.6
            20,30,14,,,0.7
            """;

    @Test
    void readsColumnsByHeaderNameWithEmptyCellsAsNaN() {
        TimeseriesTable t = TimeseriesTable.parse(CSV, "t.csv");
        assertThat(t.midpointsSeconds()).containsExactly(5, 15, 25);
        assertThat(t.endSeconds()).isEqualTo(30);
        assertThat(t.column("client.latency.p99_ms").orElseThrow()).containsExactly(12.5, Double.NaN, 14);
        assertThat(t.column("client.latency.p95_ms")).isEmpty();
    }

    @Test
    void sumsTheMatchingColumnsBucketByBucketSkippingGaps() {
        TimeseriesTable t = TimeseriesTable.parse(CSV, "t.csv");
        // svc.api.utilization does not end in .replicas; a bucket where every part is empty stays empty
        assertThat(t.sum("svc.", ".replicas").orElseThrow()).containsExactly(3, 3, Double.NaN);
        assertThat(t.sum("cluster.", ".nodes")).isEmpty();
    }

    @Test
    void aFileThatIsNotATimeseriesIsNamedWithItsLine() {
        assertThatThrownBy(() -> TimeseriesTable.parse("a,b\n1,2\n", "x.csv")).hasMessageStartingWith("x.csv: not a");
        assertThatThrownBy(() -> TimeseriesTable.parse("bucket_start_s,bucket_end_s,a\n0,10\n", "x.csv"))
                .hasMessageStartingWith("x.csv:2: 2 cells");
        assertThatThrownBy(() -> TimeseriesTable.parse("bucket_start_s,bucket_end_s,a\n0,10,z\n", "x.csv"))
                .hasMessageContaining("column a is not a number: z");
    }
}
