package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The spot-vs-on-demand story: the same three m5.large nodes cost 35 % as spot (65 % off), two scheduled
 * interruptions take a node each with EC2's two-minute notice, the Cluster Autoscaler replaces it, and the
 * capacity gap shows as route timeouts that the on-demand run does not have; a fourth spot node with 8 pods
 * closes the gap (6 Ready pods carry the 4 cores) for less than half the on-demand bill. The runs measure from t = 0
 * and stop the load 2 minutes before the end, so every request sent has its answer by then and the books
 * close: sent = answered, counted by outcome.
 */
class SpotVsOnDemandTest {
    private static final double M5_LARGE = 0.096;
    private static final double SPOT_DISCOUNT = 0.65;
    private static final String[] CLOSED_BOOKS = {"warmup=0s",
            "load.shape.schedule=[{duration: 58m, rate: 200}, {duration: 2m, rate: 0}]"};
    private static final String[] ON_DEMAND = {"cluster.nodePools.0.capacityType=on-demand",
            "cluster.nodePools.0.spotDiscount=null", "cluster.spot=null"};
    private static final String[] SPARE = {"services.catalog.replicas=8", "cluster.nodePools.0.initialNodes=4"};
    private static StoryRun spot;
    private static StoryRun onDemand;
    private static StoryRun spare;

    @BeforeAll
    static void run(@TempDir Path dir) {
        spot = StoryRun.of(dir.resolve("spot"), "spot-vs-on-demand", CLOSED_BOOKS);
        onDemand = StoryRun.of(dir.resolve("on-demand"), "spot-vs-on-demand",
                CLOSED_BOOKS[0], CLOSED_BOOKS[1], ON_DEMAND[0], ON_DEMAND[1], ON_DEMAND[2]);
        spare = StoryRun.of(dir.resolve("spare"), "spot-vs-on-demand", CLOSED_BOOKS[0], CLOSED_BOOKS[1], SPARE[0],
                SPARE[1]);
    }

    @Test
    void spotCostsItsDiscountLess() {
        assertThat(onDemand.figure("/cost/total")).isCloseTo(3 * M5_LARGE, within(1e-9)); // 3 nodes × 1 h
        // each interrupted node stops once its pods are gone, its replacement is billed from its launch
        assertThat(spot.figure("/cost/nodeHours")).isCloseTo(3.0, within(0.01));
        assertThat(spot.figure("/cost/total") / onDemand.figure("/cost/total"))
                .isCloseTo(1 - SPOT_DISCOUNT, within(0.005));
    }

    @Test
    void theInterruptionsAreJournaledAndTheirNodesReplaced() {
        assertThat(spot.figure("/cluster/interruptions")).isEqualTo(2);
        List<JsonNode> interruptions = spot.events("spot", "interruption");
        assertThat(interruptions).extracting(e -> e.get("timeSeconds").asDouble()).containsExactly(900.0, 2400.0);
        for (JsonNode e : interruptions) {
            assertThat(e.at("/inputs/noticeSeconds").asDouble()).isEqualTo(120); // EC2's two-minute notice
            assertThat(e.at("/inputs/pods").asInt()).isEqualTo(2);
        }
        // the drained pods' replacements are Pending at once; the scan at that instant asks for a node
        assertThat(spot.events("cluster-autoscaler", "scaleUp")).extracting(e -> e.get("timeSeconds").asDouble())
                .containsExactly(900.0, 2400.0);
        // 2 interruptions × 2 pods × the 90 s until the new node is Ready
        assertThat(spot.figure("/cluster/pendingPodSeconds")).isEqualTo(2 * 2 * 90.0);
        assertThat(spot.figure("/cluster/pools/workers/added")).isEqualTo(2);
        assertThat(onDemand.figure("/cluster/interruptions")).isZero();
    }

    @Test
    void theBooksBalance() {
        for (StoryRun run : List.of(spot, onDemand, spare)) {
            long sent = (long) run.figure("/requests/arrivals");
            assertThat(sent).isGreaterThan(600_000);
            assertThat(run.answeredByOutcome()).isEqualTo(sent); // nothing is in flight at the end
            assertThat((long) run.figure("/requests/total")).isEqualTo(sent);
            assertThat(run.figure("/requests/ok") + run.figure("/requests/timeouts")).isEqualTo(sent);
        }
    }

    @Test
    void theCapacityGapCostsTimeoutsThatTheMeshDoesNotRetry() {
        // 4 pods carry 4 cores of work until the replacements are Ready: requests queue past the 2 s route timeout
        assertThat(spot.figure("/requests/byOutcome/504_UT")).isPositive();
        assertThat(onDemand.figure("/requests/byOutcome/504_UT")).isZero();
        assertThat(spot.figure("/latencyMs/p99")).isGreaterThan(2 * onDemand.figure("/latencyMs/p99"));
        // the drain is graceful (pods leave the endpoints first) and Istio's default retryOn has no timeout
        assertThat(spot.figure("/mesh/retries")).isZero();
    }

    @Test
    void spareCapacityClosesTheGapForLessThanOnDemand() {
        // the same two interruptions take 2 of 8 pods: 6 Ready pods carry 4 cores, 67 % busy, as on demand
        assertThat(spare.figure("/cluster/interruptions")).isEqualTo(2);
        assertThat(spare.figure("/cluster/pendingPodSeconds")).isEqualTo(2 * 2 * 90.0);
        assertThat(spare.figure("/requests/byOutcome/504_UT")).isZero();
        assertThat(spare.figure("/latencyMs/p99")).isLessThan(onDemand.figure("/latencyMs/p99")); // 50 % busy
        // 4 spot nodes at 35 % of the price: 4 × 0.0336 = $0.134 an hour against 3 × 0.096 = $0.288
        assertThat(spare.figure("/cost/total")).isCloseTo(4 * M5_LARGE * (1 - SPOT_DISCOUNT), within(0.001))
                .isLessThan(onDemand.figure("/cost/total") / 2);
    }
}
