package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.RelativePrecision;

/** {@code --precision}, {@code warmup: auto} and the instability warning, end to end on M/M/1 shops. */
class TrustedStatisticsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** One pod, one worker, exponential work of mean 100 ms (μ = 10/s): an M/M/1 queue at {@code rate}/10. */
    private Path mm1(String name, double rate, String duration, String warmup, int replications) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "name: " + name + "\nseed: 3\nduration: " + duration + "\nwarmup: " + warmup
                + "\nreplications: " + replications + "\nload:\n  rate: " + rate
                + "\n  journeys:\n    browse: { weight: 1, call: api.get }\nservices:\n  api:\n    replicas: 1\n"
                + "    pod: { cpu: 1, memory: 512Mi, concurrency: 1 }\n    endpoints:\n      get:\n"
                + "        work: exponential(mean=100ms)\n");
        return file;
    }

    private JsonNode run(Path scenario, String out, String... more) throws IOException {
        String[] args = new String[4 + more.length];
        args[0] = "run";
        args[1] = scenario.toString();
        args[2] = "--out";
        args[3] = dir.resolve(out).toString();
        System.arraycopy(more, 0, args, 4, more.length);
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        lastOut = cli.out();
        return JSON.readTree(dir.resolve(out).resolve("results.json").toFile());
    }

    private String lastOut;

    /**
     * The count --precision stops at is the first from 5 at which every headline figure meets ±10% (shares on a
     * floor of one point), found here from 40 replications run plainly: replication i is the same in both runs.
     */
    @Test
    void precisionStopsAtTheFirstCountThatMeetsTheTarget() throws IOException {
        Path scenario = mm1("mm1-precise", 7, "5m", "30s", 1);
        JsonNode plain = run(scenario, "plain", "--replications", "40");
        RelativePrecision target = new RelativePrecision(0.10);
        int first = -1;
        for (int n = 5; n <= 40 && first < 0; n++) {
            boolean all = true;
            for (HeadlineFigure figure : HeadlineFigure.CLIENT_AND_BILL) {
                double[] values = Arrays.copyOf(figure.values(plain.get("replicationValues")), n);
                all &= target.isMet(Estimate.of(values), figure.unit().equals("%") ? 1.0 : 0.0);
            }
            if (all) {
                first = n;
            }
        }
        assertThat(first).as("reachable within 40, and not at the first check").isBetween(6, 40);

        JsonNode precise = run(scenario, "precise", "--precision", "10%");
        assertThat(precise.get("replications").asInt()).isEqualTo(first);
        assertThat(precise.at("/precision/met").asBoolean()).isTrue();
        assertThat(precise.at("/precision/replications").asInt()).isEqualTo(first);
        assertThat(precise.at("/precision/target").asDouble()).isEqualTo(0.10);
        assertThat(precise.get("overrides").toString()).contains("precision=10%");
        assertThat(precise.get("replicationValues").get(first - 1))
                .isEqualTo(plain.get("replicationValues").get(first - 1));
        assertThat(lastOut).contains("replications: " + first + " to reach ±10% on every headline figure");
        assertThat(Files.readString(dir.resolve("precise/report.html")))
                .contains(first + " replications to reach ±10% on every headline figure");
    }

    /** --precision is recorded as an override, so replay makes the same run and finds the same results. */
    @Test
    void aPreciseRunReplays() throws IOException {
        run(mm1("mm1-replay", 7, "2m", "auto", 1), "replayed", "--precision", "20%");
        Cli replay = Cli.run("replay", dir.resolve("replayed").toString());
        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
    }

    /** A target out of reach stops at maxReplications, and says so in results.json, on the console and in the report. */
    @Test
    void theCapSaysItWasReached() throws IOException {
        JsonNode capped = run(mm1("mm1-capped", 7, "2m", "10s", 1), "capped", "--precision", "0.5%",
                "--set", "maxReplications=6");
        assertThat(capped.get("replications").asInt()).isEqualTo(6);
        assertThat(capped.at("/precision/met").asBoolean()).isFalse();
        assertThat(capped.at("/warnings/0/kind").asText()).isEqualTo("precisionNotMet");
        assertThat(lastOut).contains("warning: the cap of 6 replications was reached before ±0.5%");
        assertThat(Files.readString(dir.resolve("capped/report.html"))).contains("The precision asked for was not reached");
    }

    /**
     * M/M/1 at ρ = 0.95 from an empty queue: the mean sojourn climbs from 0.1 s towards 1/(μ − λ) = 2 s over
     * minutes (relaxation time about 1/(μ(1 − √ρ)²) ≈ 156 s). MSER-5 cuts a transient inside the searched half,
     * the run measures from the cut, and the mean it measures is higher than the uncut run's, which the empty
     * start pulls down.
     */
    @Test
    void autoWarmupCutsTheTransientOfAQueueThatStartsEmpty() throws IOException {
        JsonNode auto = run(mm1("mm1-auto", 9.5, "30m", "auto", 10), "auto");
        double cut = auto.get("warmupSeconds").asDouble();
        assertThat(auto.at("/warmup/method").asText()).isEqualTo("MSER-5");
        assertThat(auto.at("/warmup/cutSeconds").asDouble()).isEqualTo(cut);
        assertThat(auto.at("/warmup/judged").asBoolean()).isTrue();
        assertThat(auto.at("/warmup/atSearchEnd").asBoolean()).isFalse();
        assertThat(cut).isBetween(20.0, 900.0);
        assertThat(auto.get("measuredSeconds").asDouble()).isEqualTo(1800 - cut);
        assertThat(lastOut).contains("chosen by MSER-5 (auto)");
        JsonNode uncut = run(mm1("mm1-uncut", 9.5, "30m", "0s", 10), "uncut");
        assertThat(auto.at("/latencyMs/mean").asDouble()).isGreaterThan(uncut.at("/latencyMs/mean").asDouble());
        assertThat(Files.readString(dir.resolve("auto/report.html"))).contains("chosen by MSER-5 (auto)");
    }

    /** ρ = 1.2: the queue grows by about (λ − μ) × 200 s = 400 over the last third, and the run warns. */
    @Test
    void anOverloadedQueueWarns() throws IOException {
        JsonNode overloaded = run(mm1("mm1-overloaded", 12, "10m", "1m", 2), "overloaded");
        JsonNode warning = overloaded.at("/warnings/0");
        assertThat(warning.get("kind").asText()).isEqualTo("unstable");
        assertThat(warning.at("/growing/0/what").asText()).isEqualTo("requests in flight");
        assertThat(warning.at("/growing/0/riseOverLastThird").asDouble()).isBetween(300.0, 500.0);
        assertThat(warning.at("/growing/1/series").asText()).isEqualTo("svc.api.queueLength");
        assertThat(lastOut).contains("warning: the run looks unstable: requests in flight rose by");
        assertThat(Files.readString(dir.resolve("overloaded/report.html"))).contains("This run looks unstable");
    }

    /** ρ = 0.7 settles within seconds: no warning. */
    @Test
    void aStableQueueDoesNotWarn() throws IOException {
        JsonNode stable = run(mm1("mm1-stable", 7, "10m", "1m", 2), "stable");
        assertThat(stable.has("warnings")).isFalse();
        assertThat(lastOut).doesNotContain("unstable");
        assertThat(Files.readString(dir.resolve("stable/report.html"))).doesNotContain("This run looks unstable");
    }

    /** {@code warmup: auto} is accepted; any other word is refused with one message naming both forms. */
    @Test
    void warmupTakesADurationOrAuto() throws IOException {
        Path scenario = mm1("mm1-words", 7, "2m", "auto", 1);
        assertThat(Cli.run("validate", scenario.toString()).exitCode()).isZero();
        Cli soon = Cli.run("run", scenario.toString(), "--set", "warmup=soon", "--out", dir.resolve("x").toString());
        assertThat(soon.exitCode()).isEqualTo(2);
        assertThat(soon.err()).contains("warmup: expected `auto` or a finite duration like 250ms, 1.5s, 5m or 2h, got 'soon'");
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
        Cli share = Cli.run("run", scenario.toString(), "--precision", "5x", "--out", dir.resolve("y").toString());
        assertThat(share.exitCode()).isEqualTo(2);
        assertThat(share.err()).contains("precision: expected a share like 5% or 0.05");
    }
}
