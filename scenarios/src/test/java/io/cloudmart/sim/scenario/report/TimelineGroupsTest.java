package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The documented rule: same kind and subject, each event less than the window after the group's last one. */
class TimelineGroupsTest {
    private static final double WINDOW = 54;

    private static TimelineOccurrence scale(double t, String service, int from, int to) {
        return new TimelineOccurrence(t, TimelineKind.SCALE, "HPA scaled " + service, "up", Integer.toString(from),
                Integer.toString(to));
    }

    private static TimelineOccurrence node(double t, String phrase) {
        return new TimelineOccurrence(t, TimelineKind.NODES, "pool workers", phrase);
    }

    @Test
    void decisionsOfOneSubjectWithinTheWindowFormOneChain() {
        List<TimelineGroups.Group> groups = TimelineGroups.of(
                List.of(scale(100, "order", 4, 6), scale(115, "order", 6, 9), scale(160, "order", 9, 12)), WINDOW);

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).text()).isEqualTo("HPA scaled order 4→6→9→12 (3 decisions)");
        assertThat(groups.get(0).fromSeconds()).isEqualTo(100);
        assertThat(groups.get(0).toSeconds()).isEqualTo(160);
    }

    @Test
    void aGapOfTheWindowOrMoreStartsANewGroup() {
        // 160 - 106 = 54 is not less than the window; the gap counts from the group's last event, not its first
        List<TimelineGroups.Group> groups = TimelineGroups.of(
                List.of(scale(100, "order", 4, 6), scale(106, "order", 6, 9), scale(160, "order", 9, 12)), WINDOW);

        assertThat(groups).extracting(TimelineGroups.Group::text)
                .containsExactly("HPA scaled order 4→6→9 (2 decisions)", "HPA scaled order 9→12");
    }

    @Test
    void otherSubjectsAndKindsGroupApartWithoutBreakingAGroup() {
        List<TimelineGroups.Group> groups = TimelineGroups.of(List.of(scale(100, "order", 2, 3),
                scale(101, "payment", 2, 4), node(102, "+1 workers"), scale(110, "order", 3, 5)), WINDOW);

        assertThat(groups).extracting(TimelineGroups.Group::text).containsExactly(
                "HPA scaled order 2→3→5 (2 decisions)", "HPA scaled payment 2→4", "pool workers: +1 workers");
    }

    @Test
    void repeatedPhrasesAreCountedAndALongChainIsShortened() {
        List<TimelineOccurrence> nodes = List.of(node(0, "+1 workers"), node(10, "+1 workers"), node(20, "−1 workers"),
                node(30, "+1 workers"));
        assertThat(TimelineGroups.of(nodes, WINDOW).get(0).text())
                .isEqualTo("pool workers: +1 workers ×3, −1 workers (4 events)");

        List<TimelineOccurrence> chain = List.of(scale(0, "order", 2, 3), scale(15, "order", 3, 4),
                scale(30, "order", 4, 5), scale(45, "order", 5, 6), scale(60, "order", 6, 7), scale(75, "order", 7, 8));
        assertThat(TimelineGroups.of(chain, WINDOW).get(0).text()).isEqualTo("HPA scaled order 2→…→8 (6 decisions)");
    }

    @Test
    void moreDistinctPhrasesThanTheLimitEndInAnEllipsis() {
        List<TimelineOccurrence> steps = List.of(node(0, "a"), node(1, "b"), node(2, "c"), node(3, "d"), node(4, "e"));
        assertThat(TimelineGroups.of(steps, WINDOW).get(0).text()).isEqualTo("pool workers: a, b, c, d, … (5 events)");
    }

    private static TimelineOccurrence ready(double t, String pod, double took) {
        return TimelineOccurrence.tallied(t, TimelineKind.READY, "checkout", pod, took);
    }

    @Test
    void podsReadyAreCountedWithTheRangeOfTheirTimesFromCreation() {
        List<TimelineGroups.Group> groups = TimelineGroups.of(List.of(ready(654, "checkout-stable-3", 27),
                ready(660, "checkout-stable-4", 27.4), ready(700, "checkout-stable-5", 118.6),
                ready(900, "checkout-stable-6", 27)), WINDOW);

        assertThat(groups).extracting(TimelineGroups.Group::text).containsExactly(
                "checkout: 3 pods Ready, 27–119 s after creation", "checkout: checkout-stable-6 Ready, 27 s after creation");
        assertThat(groups.get(0).fromSeconds()).isEqualTo(654);
        assertThat(groups.get(0).toSeconds()).isEqualTo(700);
    }
}
