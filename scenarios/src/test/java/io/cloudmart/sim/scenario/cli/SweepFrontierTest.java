package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance: a sweep of the HPA's CPU target from 40 % to 90 % (a 20-minute hpa-target-tradeoff,
 * sweep/hpa-sweep.yaml, 2 replications) gives a Pareto frontier along which cost per 1,000 requests falls and p99
 * rises as the target rises: a higher target keeps fewer pods, so fewer nodes, busier ones. With seed 11 every
 * point is on the frontier (p99 295 / 393 / 506 / 767 / 3,591 / 20,390 ms, cost 1.52 / 1.18 / 1.05 / 0.95 / 0.73 /
 * 0.70 thousandths of a USD per 1,000 requests); the test asks for at least four of the six.
 */
class SweepFrontierTest {
    static final String TARGET = "services.search.hpa.metrics.0.resource.target.averageUtilization";
    private static List<String> header;
    private static List<String[]> rows;
    private static String page;

    static Path scenario() throws URISyntaxException {
        return Path.of(SweepFrontierTest.class.getResource("/sweep/hpa-sweep.yaml").toURI());
    }

    @BeforeAll
    static void sweep(@TempDir Path dir) throws IOException, URISyntaxException {
        Cli cli = Cli.run("sweep", scenario().toString(), "--vary", TARGET + "=40,50,60,70,80,90", "--replications", "2",
                "--quiet", "--out", dir.resolve("s").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("s/sweep.csv"));
        header = Arrays.asList(lines.get(0).split(",", -1));
        rows = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(line -> rows.add(line.split(",", -1)));
        page = Files.readString(dir.resolve("s/report.html"));
    }

    @Test
    void theCsvHasOneRowPerPointWithTheKnobThenEachFiguresMeanAndHalfWidth() {
        assertThat(rows).hasSize(6);
        assertThat(header).hasSize(1 + 2 * SweepFigure.values().length);
        assertThat(header.subList(0, 3)).containsExactly(TARGET, "latencyMs.mean.mean", "latencyMs.mean.halfWidth95");
        assertThat(header).contains("latencyMs.p99.mean", "latencyMs.p99.halfWidth95", "cost.per1000Requests.mean",
                "cost.per1000Requests.halfWidth95", "errorSharePercent.mean", "rateLimitedSharePercent.mean",
                "throughputPerSecond.mean", "cost.total.mean");
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            assertThat(row).hasSize(header.size());
            assertThat(row[0]).isEqualTo(Integer.toString(40 + 10 * i));
            // two replications: every figure has an interval (0 for the shares, which are 0 in both)
            for (int c = 1; c < row.length; c++) {
                assertThat(row[c]).as(header.get(c) + " at " + row[0]).isNotEmpty();
            }
        }
    }

    @Test
    void alongTheFrontierCostFallsAndP99RisesAsTheTargetRises() {
        double[] cost = column("cost.per1000Requests.mean");
        double[] p99 = column("latencyMs.p99.mean");
        List<Integer> frontier = new ArrayList<>(ParetoFrontier.of(cost, p99));
        assertThat(frontier).hasSizeGreaterThanOrEqualTo(4);
        frontier.sort(null); // by target, lowest first
        for (int f = 1; f < frontier.size(); f++) {
            int lower = frontier.get(f - 1);
            int higher = frontier.get(f);
            assertThat(cost[higher]).as("cost at target " + rows.get(higher)[0]).isLessThan(cost[lower]);
            assertThat(p99[higher]).as("p99 at target " + rows.get(higher)[0]).isGreaterThan(p99[lower]);
        }
        // the ends of the trade: the lowest target is the fastest point, the highest the cheapest
        assertThat(frontier).contains(0, 5);
    }

    @Test
    void thePageDrawsTheFrontierAndEachFigureAgainstTheTarget() {
        assertThat(page).contains("p99 against cost per 1,000 requests", "Pareto frontier",
                "Along the p99 frontier, from the cheapest: averageUtilization=90",
                "p99 against averageUtilization", "cost per 1,000 requests against averageUtilization")
                .doesNotContain("No cost axis");
    }

    private static double[] column(String name) {
        int c = header.indexOf(name);
        return rows.stream().mapToDouble(row -> Double.parseDouble(row[c])).toArray();
    }
}
