package io.cloudmart.sim.scenario.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for misspelt names: the few closest candidates by edit distance or by prefix. */
public final class Suggest {
    /** Largest Levenshtein distance still taken for a typo. */
    static final int MAX_DISTANCE = 2;
    /** Most names offered by "did you mean". */
    static final int MAX_SUGGESTIONS = 3;
    /** Most names listed where a message lists the names that exist (services, endpoints …). */
    static final int MAX_LISTED = 12;

    private Suggest() {
    }

    /** A candidate and how far it is from what was typed. */
    private record Near(String name, int distance, int order) {
    }

    /**
     * The candidate closest to {@code typed}: edit distance at most {@link #MAX_DISTANCE}
     * (ignoring case), or one being a prefix of the other; the smallest distance wins, ties go to
     * the earlier candidate.
     */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        List<String> near = nearest(typed, candidates, 1);
        return near.isEmpty() ? Optional.empty() : Optional.of(near.get(0));
    }

    /**
     * Up to {@code limit} candidates close to {@code typed} (see {@link #closest}) and as close as
     * the closest one, in candidate order.
     */
    static List<String> nearest(String typed, Collection<String> candidates, int limit) {
        String lower = typed.toLowerCase(Locale.ROOT);
        List<Near> near = new ArrayList<>();
        int order = 0;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            boolean prefix = !lower.isEmpty() && (c.startsWith(lower) || lower.startsWith(c));
            // a length difference above the limit rules a typo out without the quadratic distance
            if (prefix || Math.abs(c.length() - lower.length()) <= MAX_DISTANCE) {
                int distance = levenshtein(lower, c);
                if (distance <= MAX_DISTANCE || prefix) {
                    near.add(new Near(candidate, distance, order));
                }
            }
            order++;
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparingInt(Near::order));
        // only the candidates as close as the closest: a farther one next to it is noise
        int best = near.isEmpty() ? 0 : near.get(0).distance();
        return near.stream().filter(n -> n.distance() == best).limit(limit).map(Near::name).toList();
    }

    /** {@code "; did you mean 'x'?"}, {@code "; did you mean 'x' or 'y'?"}, or the empty string. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        List<String> near = nearest(typed, candidates, MAX_SUGGESTIONS);
        if (near.isEmpty()) {
            return "";
        }
        List<String> quoted = near.stream().map(n -> "'" + SafeText.shown(n) + "'").toList();
        String last = quoted.get(quoted.size() - 1);
        String names = quoted.size() == 1 ? last
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + last;
        return "; did you mean " + names + "?";
    }

    /**
     * {@code names} comma separated, each cut to a readable length, and at most
     * {@link #MAX_LISTED} of them: "a, b, c … and 30 more".
     */
    static String listed(Collection<String> names) {
        List<String> shown = names.stream().limit(MAX_LISTED).map(SafeText::shown).toList();
        String list = String.join(", ", shown);
        int more = names.size() - shown.size();
        return more > 0 ? list + " \u2026 and " + more + " more" : list;
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
