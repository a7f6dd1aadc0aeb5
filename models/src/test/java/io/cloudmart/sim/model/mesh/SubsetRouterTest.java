package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;

/** Weighted subsets and cohort matches, as a VirtualService routes a canary. */
class SubsetRouterTest {
    private static final int PICKS = 100_000;

    private static RandomStream stream(long seed) {
        return new RandomStream("test.route", seed);
    }

    private static Map<String, Integer> counts(SubsetRouter router, int picks) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < picks; i++) {
            counts.merge(router.pick("user-" + i), 1, Integer::sum);
        }
        return counts;
    }

    private static HttpRoute split(Object... subsetsAndWeights) {
        List<WeightedDestination> destinations = new ArrayList<>();
        for (int i = 0; i < subsetsAndWeights.length; i += 2) {
            destinations.add(new WeightedDestination((String) subsetsAndWeights[i], (Integer) subsetsAndWeights[i + 1]));
        }
        return HttpRoute.split(destinations);
    }

    /** A 90/10 split over 100k requests lands inside the binomial 99.9 % interval. */
    @Test
    void ninetyTenSplit() {
        SubsetRouter router = new SubsetRouter(List.of(split("stable", 90, "canary", 10)), stream(71));
        Map<String, Integer> counts = counts(router, PICKS);
        assertThat(counts.keySet()).containsExactlyInAnyOrder("stable", "canary");
        Binomial.assertWithin(counts.get("canary"), PICKS, 0.10, Binomial.Z_999, "canary");
    }

    /** Weights are relative (no need to sum to 100 since Istio 1.13); weight 0 gets nothing. */
    @Test
    void weightsAreRelativeAndZeroMeansNone() {
        SubsetRouter router = new SubsetRouter(List.of(split("a", 1, "b", 3, "c", 0)), stream(72));
        Map<String, Integer> counts = counts(router, PICKS);
        assertThat(counts).doesNotContainKey("c");
        Binomial.assertWithin(counts.get("b"), PICKS, 0.75, Binomial.Z_999, "b");
        assertThat(new SubsetRouter(List.of(split("only", 0, "all", 5)), stream(73)).pick("x")).isEqualTo("all");
    }

    /** A header match placed before the split sends its cohort to the canary; the rest still splits by weight. */
    @Test
    void headerCohortIsEvaluatedBeforeTheWeights() {
        SubsetRouter router = new SubsetRouter(List.of(
                HttpRoute.to(RouteMatch.header("X-Canary", "always"), "canary"),
                split("stable", 100, "canary", 0)), stream(74));
        for (int i = 0; i < 1000; i++) {
            assertThat(router.pick("u" + i, Map.of("x-canary", "always"))).isEqualTo("canary");
            assertThat(router.pick("u" + i, Map.of("x-canary", "never"))).isEqualTo("stable");
            assertThat(router.pick("u" + i)).isEqualTo("stable");
        }
    }

    /** A consumer share picks a stable cohort of about that size; the same consumer always gets the same subset. */
    @Test
    void consumerShareIsDeterministicAndOfTheRightSize() {
        SubsetRouter router = new SubsetRouter(List.of(
                HttpRoute.to(RouteMatch.consumerShare(0.05, "rollout-1"), "canary"),
                split("stable", 1)), stream(75));
        int inCohort = 0;
        for (int i = 0; i < PICKS; i++) {
            String subset = router.pick("user-" + i);
            assertThat(router.pick("user-" + i)).isEqualTo(subset);
            if (subset.equals("canary")) {
                inCohort++;
            }
        }
        Binomial.assertWithin(inCohort, PICKS, 0.05, Binomial.Z_999, "consumers in the 5 % cohort");
    }

    /** Same salt, larger share: the cohort only grows. Another salt: an independent cohort (overlap ≈ 5 % × 5 %). */
    @Test
    void cohortsGrowMonotonicallyAndSaltsAreIndependent() {
        RouteMatch five = RouteMatch.consumerShare(0.05, "r1");
        RouteMatch ten = RouteMatch.consumerShare(0.10, "r1");
        RouteMatch other = RouteMatch.consumerShare(0.05, "r2");
        int overlap = 0;
        for (int i = 0; i < PICKS; i++) {
            String id = "user-" + i;
            if (five.matches(id, Map.of())) {
                assertThat(ten.matches(id, Map.of())).as(id).isTrue();
                overlap += other.matches(id, Map.of()) ? 1 : 0;
            }
        }
        Binomial.assertWithin(overlap, PICKS, 0.05 * 0.05, Binomial.Z_999, "consumers in both salted cohorts");
        assertThat(RouteMatch.consumerShare(1.0, "r").matches("anyone", Map.of())).isTrue();
        assertThat(RouteMatch.consumerShare(0.0, "r").matches("anyone", Map.of())).isFalse();
        assertThat(RouteMatch.consumerShare(0.5, "r").matches(null, Map.of())).isFalse();
    }

    @Test
    void noMatchingRouteMeansNoSubset() {
        SubsetRouter router = new SubsetRouter(List.of(HttpRoute.to(RouteMatch.header("x-team", "a"), "a")), stream(76));
        assertThat(router.pick("u", Map.of("x-team", "b"))).isNull();
    }

    @Test
    void sameSeedSameSequence() {
        HttpRoute route = split("a", 3, "b", 2, "c", 5);
        SubsetRouter first = new SubsetRouter(List.of(route), stream(77));
        SubsetRouter second = new SubsetRouter(List.of(route), stream(77));
        for (int i = 0; i < 1000; i++) {
            assertThat(first.pick("u")).isEqualTo(second.pick("u"));
        }
    }

    @Test
    void invalidRoutesAreRefused() {
        assertThatThrownBy(() -> split("a", 0, "b", 0)).hasMessageContaining("weight > 0");
        assertThatThrownBy(() -> new WeightedDestination("a", -1)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> RouteMatch.consumerShare(1.5, "r")).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> new SubsetRouter(List.of(), stream(1))).hasMessageContaining("at least one");
    }
}
