package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareSweepTest {
    @TempDir
    Path dir;

    @Test
    void compareRunsScenariosAndReadsEarlierRuns() {
        Path earlier = dir.resolve("earlier");
        assertThat(Cli.run("run", "mmc-check", "--quiet", "--out", earlier.toString(), "--set", "duration=10m",
                "--set", "warmup=1m", "--set", "load.rate=20").exitCode()).isZero();
        Cli cli = Cli.run("compare", earlier.toString(), "mmc-check", "--quiet", "--set", "duration=10m",
                "--set", "warmup=1m", "--out", dir.resolve("c").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("req/s", "p95 ms", earlier.toString(), "mmc-check", "api 50%", "api 75%");
        // the earlier run's lines come from its timeseries.csv: both runs are drawn in every chart
        assertThat(dir.resolve("c/compare.html")).content().contains("p99 latency").doesNotContain("(no data)");
    }

    @Test
    void sweepRunsOncePerValueAndWritesAReport() {
        Cli cli = Cli.run("sweep", "mmc-check", "--vary", "load.rate=10,20", "--quiet", "--out", dir.resolve("s").toString(),
                "--set", "duration=10m", "--set", "warmup=1m");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("load.rate=10", "load.rate=20");
        assertThat(dir.resolve("s/report.html")).exists();
        assertThat(dir.resolve("s/sweep.csv")).exists();
    }

    @Test
    void aSweepPointThatOverloadsTheShopIsMarkedAsStoppedEarly() {
        Cli cli = Cli.run("sweep", "mmc-check", "--vary", "load.rate=20,200", "--quiet", "--out",
                dir.resolve("s").toString(), "--set", "duration=1h", "--set", "warmup=1m");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("load.rate=200 (stopped at 26 min").doesNotContain("load.rate=20 (stopped");
    }

    @Test
    void aBadSweepValueIsRefusedBeforeAnythingRuns() {
        Cli cli = Cli.run("sweep", "mmc-check", "--vary", "load.rate=10,-5", "--out", dir.resolve("s").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("load.rate");
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void aMalformedVaryIsBadInput() {
        Cli cli = Cli.run("sweep", "mmc-check", "--vary", "load.rate");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--vary path=v1,v2");
    }
}
