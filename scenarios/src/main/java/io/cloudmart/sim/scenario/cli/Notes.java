package io.cloudmart.sim.scenario.cli;

import java.io.PrintWriter;

import io.cloudmart.sim.scenario.load.ScenarioLoader;

/**
 * Prints what the overrides changed beyond their own field, on stderr ("cmsim: note: …"), also with
 * --quiet: a run whose stages a {@code --set load.rate} dropped must not look like the staged one.
 */
final class Notes {
    private Notes() {
    }

    static void print(ScenarioLoader.Loaded loaded, PrintWriter err) {
        loaded.notes().forEach(note -> err.println("cmsim: note: " + note));
        err.flush();
    }
}
