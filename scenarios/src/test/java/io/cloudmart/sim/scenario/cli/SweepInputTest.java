package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Bad sweep input: one clear message, exit 2, nothing run and no folder written. */
class SweepInputTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "unknown path;       --vary;nosuch.field=1,2;                 --vary nosuch.field=1: unknown field 'nosuch'",
        "bad value;          --vary;load.rate=10,-5;                  --vary load.rate=-5: load.rate: must be > 0",
        "empty list;         --vary;load.rate=;                       no values after 'load.rate='",
        "empty value;        --vary;load.rate=10,,20;                 an empty value",
        "value twice;        --vary;load.rate=10,10;                  a value is listed twice",
        "no equals sign;     --vary;load.rate;                        --vary path=v1,v2",
        "varied seed;        --vary;seed=1,2;                         give it with --seed",
        "bad shard;          --shard;4/3;                             --shard k/N with 1 <= k <= N",
        "shards without job; --shards;3;                              --emit-k8s-job",
        "set and varied;     --set;load.rate=5;                       both set and varied"})
    void isRefusedWithOneMessage(String name, String option, String value, String message) {
        String[] args = option.equals("--vary")
                ? new String[] {"sweep", "mmc-check", option, value, "--out", dir.resolve("s").toString()}
                : new String[] {"sweep", "mmc-check", "--vary", "load.rate=10,20", option, value, "--out",
                    dir.resolve("s").toString()};
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.out()).isEmpty();
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void aJobWithoutAnImageIsRefused() {
        Cli cli = Cli.run("sweep", "mmc-check", "--vary", "load.rate=10,20", "--emit-k8s-job", "--shards", "2");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--emit-k8s-job needs --image IMAGE").doesNotContain("Exception");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aPathVariedTwiceIsRefused() {
        Cli cli = Cli.run("sweep", "mmc-check", "--vary", "load.rate=10,20", "--vary", "load.rate=30", "--out",
                dir.resolve("s").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("load.rate is varied twice");
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void aGridOfMoreThanTenThousandPointsIsRefused() {
        String hundred = String.join(",", java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(Integer::toString).toList());
        Cli cli = Cli.run("sweep", "mmc-check", "--vary", "load.rate=" + hundred, "--vary",
                "services.api.replicas=" + hundred, "--out", dir.resolve("s").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("more than 10000 points");
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void warmupAutoAndPrecisionAreRefusedWithWhatToWriteInstead() {
        Cli auto = Cli.run("sweep", "mmc-check", "--set", "warmup=auto", "--vary", "load.rate=10,20", "--out",
                dir.resolve("s").toString());
        assertThat(auto.exitCode()).isEqualTo(2);
        assertThat(auto.err()).contains("warmup").contains("one fixed warm-up").doesNotContain("Exception");
        Cli precise = Cli.run("sweep", "mmc-check", "--set", "precision=5%", "--vary", "load.rate=10,20", "--out",
                dir.resolve("s").toString());
        assertThat(precise.exitCode()).isEqualTo(2);
        assertThat(precise.err()).contains("precision").contains("--replications N");
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void noVaryAndNoScenarioAreSaid() {
        Cli none = Cli.run("sweep", "mmc-check");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("at least one --vary");
        Cli noScenario = Cli.run("sweep");
        assertThat(noScenario.exitCode()).isEqualTo(2);
        assertThat(noScenario.err()).contains("give a scenario");
    }

    @Test
    void helpNamesEveryOptionAndMerge() {
        Cli help = Cli.run("sweep", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--vary", "--seed", "--replications", "--threads", "--shard", "--emit-k8s-job",
                "--shards", "--parallelism", "--image", "--results-claim", "merge", "--debug");
        Cli merge = Cli.run("sweep", "merge", "--help");
        assertThat(merge.exitCode()).isZero();
        assertThat(merge.out()).contains("shard folders", "--out");
    }
}
