package io.cloudmart.sim.model.autoscale.hpa;

import java.util.ArrayList;
import java.util.List;

/**
 * The HPA's past scale changes with their times ({@code scaleUpEvents} / {@code scaleDownEvents} in
 * {@code horizontal.go}), both stored as positive replica counts. Events are kept while a policy period can still
 * reach them.
 */
final class ScaleEventHistory {
    private record Event(int replicas, double time) {
    }

    private final List<Event> scaleUps = new ArrayList<>();
    private final List<Event> scaleDowns = new ArrayList<>();

    /** Records the change from {@code previous} to {@code next} replicas at {@code time}. */
    void record(int previous, int next, double time) {
        if (next > previous) {
            scaleUps.add(new Event(next - previous, time));
        } else if (next < previous) {
            scaleDowns.add(new Event(previous - next, time));
        }
    }

    /** Replicas added by scale-ups newer than {@code periodSeconds} before {@code now}. */
    int addedWithin(int periodSeconds, double now) {
        return sumNewerThan(scaleUps, now - periodSeconds);
    }

    /** Replicas removed by scale-downs newer than {@code periodSeconds} before {@code now}. */
    int removedWithin(int periodSeconds, double now) {
        return sumNewerThan(scaleDowns, now - periodSeconds);
    }

    private static int sumNewerThan(List<Event> events, double cutoff) {
        int sum = 0;
        for (Event event : events) {
            if (event.time() > cutoff) {
                sum += event.replicas();
            }
        }
        return sum;
    }

    /** Forgets events at or before {@code cutoff} (no period reaches them any more). */
    void forgetAtOrBefore(double cutoff) {
        scaleUps.removeIf(event -> event.time() <= cutoff);
        scaleDowns.removeIf(event -> event.time() <= cutoff);
    }

    int size() {
        return scaleUps.size() + scaleDowns.size();
    }
}
