package io.cloudmart.sim.scenario.cli;

import java.util.concurrent.Callable;

import io.cloudmart.sim.scenario.catalog.Catalog;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.load.ScenarioLoader;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code cmsim list}: the bundled scenarios with the first sentence of each description. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the bundled classroom scenarios.")
final class ListCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    private static final int SUMMARY_WIDTH = 90;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() throws ScenarioException {
        Catalog catalog = new Catalog();
        ScenarioLoader loader = new ScenarioLoader();
        var out = commandSpec.commandLine().getOut();
        for (String name : catalog.names()) {
            ScenarioSpec spec = loader.load(Catalog.sourceName(name), catalog.text(name).orElseThrow(), null, java.util.List.of());
            out.printf("%-22s %s%n", name, summary(spec.description()));
        }
        out.println();
        out.println("Run one with: cmsim run <name>    Show its settings: cmsim explain <name>");
        out.flush();
        return ExitCode.OK.code();
    }

    /** The description's first sentence, on one line, shortened to fit a terminal. */
    static String summary(String description) {
        String flat = description.strip().replaceAll("\\s+", " ");
        int end = flat.indexOf(". ");
        String first = end > 0 ? flat.substring(0, end + 1) : flat;
        return first.length() <= SUMMARY_WIDTH ? first : first.substring(0, SUMMARY_WIDTH - 1) + "…";
    }
}
