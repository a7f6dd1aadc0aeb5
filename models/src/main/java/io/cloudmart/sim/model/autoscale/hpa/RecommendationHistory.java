package io.cloudmart.sim.model.autoscale.hpa;

import java.util.ArrayList;
import java.util.List;

/**
 * The HPA's past raw recommendations with their times ({@code timestampedRecommendation} in {@code horizontal.go}),
 * kept only while a stabilization window can still reach them.
 */
final class RecommendationHistory {
    private record Entry(int replicas, double time) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(int replicas, double time) {
        entries.add(new Entry(replicas, time));
    }

    /** min({@code start}, recommendations newer than {@code cutoff}) ({@code timestamp.After(cutoff)}). */
    int minNewerThan(double cutoff, int start) {
        int result = start;
        for (Entry entry : entries) {
            if (entry.time() > cutoff) {
                result = Math.min(result, entry.replicas());
            }
        }
        return result;
    }

    /** max({@code start}, recommendations newer than {@code cutoff}). */
    int maxNewerThan(double cutoff, int start) {
        int result = start;
        for (Entry entry : entries) {
            if (entry.time() > cutoff) {
                result = Math.max(result, entry.replicas());
            }
        }
        return result;
    }

    /** max({@code start}, recommendations not older than {@code cutoff}) ({@code !timestamp.Before(cutoff)}). */
    int maxNotOlderThan(double cutoff, int start) {
        int result = start;
        for (Entry entry : entries) {
            if (entry.time() >= cutoff) {
                result = Math.max(result, entry.replicas());
            }
        }
        return result;
    }

    /** Forgets recommendations at or before {@code cutoff}. */
    void forgetAtOrBefore(double cutoff) {
        entries.removeIf(entry -> entry.time() <= cutoff);
    }

    /** Forgets recommendations before {@code cutoff}. */
    void forgetBefore(double cutoff) {
        entries.removeIf(entry -> entry.time() < cutoff);
    }

    int size() {
        return entries.size();
    }
}
