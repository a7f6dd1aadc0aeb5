package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;

/**
 * The points of a sweep: the cartesian product of its axes, numbered from 0 with the last axis changing
 * fastest (as nested loops over the axes in the order given).
 */
record SweepGrid(List<SweepAxis> axes) {
    /** [CHOICE] the most points one sweep may have: beyond, a typo (a value list pasted twice) is likelier than intent. */
    static final int MAX_POINTS = 10_000;

    SweepGrid {
        axes = List.copyOf(axes);
    }

    /** The grid of the {@code --vary} options as typed; no path twice, at most {@link #MAX_POINTS} points. */
    static SweepGrid parse(List<String> varies) throws ScenarioException {
        if (varies == null || varies.isEmpty()) {
            throw new ScenarioException(List.of(new Issue("--vary", 0, 0, "",
                    "a sweep needs at least one --vary path=v1,v2,... (for example --vary load.rate=10,20,30)")));
        }
        List<SweepAxis> axes = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        long points = 1;
        for (String vary : varies) {
            SweepAxis axis = SweepAxis.parse(vary);
            if (!paths.add(axis.path())) {
                throw SweepAxis.bad(vary, axis.path() + " is varied twice; give all its values in one --vary");
            }
            axes.add(axis);
            points *= axis.values().size();
            if (points > MAX_POINTS) {
                throw SweepAxis.bad(vary, "the grid has more than " + MAX_POINTS + " points; split it into several"
                        + " sweeps or use fewer values");
            }
        }
        return new SweepGrid(axes);
    }

    int size() {
        int n = 1;
        for (SweepAxis axis : axes) {
            n *= axis.values().size();
        }
        return n;
    }

    /** Point {@code index}'s value of each axis, in axis order. */
    List<String> values(int index) {
        String[] values = new String[axes.size()];
        int rest = index;
        for (int a = axes.size() - 1; a >= 0; a--) {
            List<String> axisValues = axes.get(a).values();
            values[a] = axisValues.get(rest % axisValues.size());
            rest /= axisValues.size();
        }
        return List.of(values);
    }

    /** The {@code --set} strings that make point {@code index}: {@code path=value} per axis. */
    List<String> overrides(int index) {
        List<String> values = values(index);
        List<String> sets = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            sets.add(axes.get(a).path() + "=" + values.get(a));
        }
        return sets;
    }

    /** "path=value, path=value": how the console and messages name a point. */
    String label(int index) {
        return String.join(", ", overrides(index));
    }

    /** The values alone, "40" or "40/3": the short label beside a mark on a chart. */
    String shortLabel(int index) {
        return String.join("/", values(index));
    }

    /** The paths' short names, "a/b", naming the short labels. */
    String pathsLabel() {
        return String.join("/", shortNames());
    }

    /** Every axis's {@link #shortName}, in axis order. */
    List<String> shortNames() {
        return java.util.stream.IntStream.range(0, axes.size()).mapToObj(this::shortName).toList();
    }

    /**
     * Axis {@code a}'s name where room is short (titles, labels): the last part of its path
     * ({@code averageUtilization}), or the whole path when another axis's path ends the same.
     */
    String shortName(int a) {
        String last = lastPart(axes.get(a).path());
        long same = axes.stream().filter(axis -> lastPart(axis.path()).equals(last)).count();
        return same > 1 ? axes.get(a).path() : last;
    }

    /** "path=value, …" with the short names. */
    String shortAssignments(int index) {
        List<String> values = values(index);
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            parts.add(shortName(a) + "=" + values.get(a));
        }
        return String.join(", ", parts);
    }

    private static String lastPart(String path) {
        String[] parts = path.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].matches("\\d+")) {
                return parts[i];
            }
        }
        return path;
    }
}
