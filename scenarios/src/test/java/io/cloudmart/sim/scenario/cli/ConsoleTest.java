package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user sees on the console: the run summary, "did you mean", the usage, --debug in --help. */
class ConsoleTest {
    @TempDir
    Path dir;

    @Test
    void theSummaryShowsAnswersBesideLatencyAndQuietShowsNothing() {
        Cli cli = Cli.run("run", "mmc-check", "--out", dir.resolve("a").toString(), "--set", "duration=20m",
                "--set", "warmup=2m");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out().lines()).hasSize(4);
        assertThat(cli.out()).contains("latency ms: mean", "answers: 100% ok, 0% errors, 0% rate-limited (429)")
                .doesNotContain("cost:", "warning");
        Cli quiet = Cli.run("run", "mmc-check", "--quiet", "--out", dir.resolve("q").toString(), "--set", "duration=20m");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void aPricedRunShowsItsBill() {
        Cli cli = Cli.run("run", "cloudmart", "--out", dir.resolve("c").toString(), "--set", "duration=3m",
                "--set", "warmup=1m");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("(?m)^cost: [0-9.]+ USD for [0-9.]+ node-hours, \\d+% of it idle$");
    }

    @Test
    void anOverloadedRunWarnsOnStdoutAndExplainsOnStderr() {
        Cli cli = Cli.run("run", "mmc-check", "--out", dir.resolve("o").toString(), "--set", "load.rate=200");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.STOPPED_EARLY.code());
        assertThat(cli.out()).contains("warning: overloaded: the run stopped at 26 min", "cover only the time before the stop");
        assertThat(cli.err()).contains("the run stopped at 26 min", "lower the load");
    }

    @Test
    void aRunWithManyFailedAnswersWarns() {
        // saga-payment-outage: while payment is down, orders are refused with 409 (19% of answers in 30 min)
        Cli cli = Cli.run("run", "saga-payment-outage", "--out", dir.resolve("s").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("answers: [0-9.]+% ok, [0-9.]+% errors \\(409 [0-9.]+%\\)")
                .contains("of answers were not 200 OK");
    }

    @Test
    void aMisspeltCatalogNameGetsADidYouMeanInRunExplainAndValidate() {
        for (String command : new String[] {"run", "explain", "validate"}) {
            Cli cli = Cli.run(command, "mmc-chek", "--out", dir.resolve("x").toString());
            if (!command.equals("run")) {
                cli = Cli.run(command, "mmc-chek");
            }
            assertThat(cli.exitCode()).as(command).isEqualTo(2);
            assertThat(cli.err()).as(command).contains("mmc-chek: no such file, and no bundled scenario of that name;"
                    + " did you mean 'mmc-check'?");
            assertThat(cli.err().strip().lines().count()).as(command).isEqualTo(1);
        }
        assertThat(Cli.run("validate", "zzzz").err()).contains("of that name; bundled: blue-green-vs-canary")
                .doesNotContain("did you mean");
        assertThat(Cli.run("validate", "mmc-check.yaml").err())
                .contains("mmc-check.yaml: no such file; did you mean the bundled scenario 'mmc-check'?");
    }

    @Test
    void cmsimAlonePrintsTheUsageToStderrWithExitCodeTwo() {
        Cli cli = Cli.run();
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("cmsim: missing a command", "Usage: cmsim", "run", "sweep");
        Cli help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: cmsim");
    }

    @Test
    void debugIsListedInEveryHelp() {
        for (String command : new String[] {"run", "validate", "list", "explain", "bench", "compare", "sweep", "schema", "replay"}) {
            assertThat(Cli.run(command, "--help").out()).as(command).contains("--debug", "stack trace");
        }
        assertThat(Cli.run("--help").out()).contains("--debug");
        // still taken anywhere on the line, so it never becomes an unknown option
        assertThat(Cli.run("--debug", "list").exitCode()).isZero();
        assertThat(Cli.run("list", "--debug").exitCode()).isZero();
    }

    @Test
    void aSetThatDropsTheStagesSaysSo() {
        Cli cli = Cli.run("validate", "utilization-knee", "--set", "load.rate=50");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err().strip())
                .isEqualTo("cmsim: note: --set load.rate=50 drops load.stages: the two exclude each other, and the one set wins");
        Cli explain = Cli.run("explain", "flash-sale", "--set", "load.rate=50");
        assertThat(explain.err()).contains("drops load.shape");
        assertThat(explain.out()).doesNotContain("spike:");
        assertThat(Cli.run("validate", "utilization-knee", "--set", "load.stages.0.rate=6").err()).isEmpty();
    }
}
