package io.cloudmart.sim.scenario.load;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for misspelt names: the closest candidate by edit distance or by prefix. */
final class Suggest {
    /** Largest Levenshtein distance still taken for a typo. */
    static final int MAX_DISTANCE = 2;

    private Suggest() {
    }

    /**
     * The candidate closest to {@code typed}: edit distance at most {@link #MAX_DISTANCE}
     * (ignoring case), or one being a prefix of the other; the smallest distance wins, ties go to
     * the earlier candidate.
     */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(java.util.Locale.ROOT);
            int distance = levenshtein(lower, c);
            boolean prefix = !lower.isEmpty() && (c.startsWith(lower) || lower.startsWith(c));
            if ((distance <= MAX_DISTANCE || prefix) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /** The number of single-character insertions, deletions and substitutions turning a into b. */
    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
