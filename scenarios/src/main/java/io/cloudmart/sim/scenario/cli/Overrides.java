package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The repeatable {@code --set path=value} option, shared by commands that load a scenario. */
final class Overrides {
    @Option(names = "--set", paramLabel = "path=value",
            description = "change one field of the scenario, e.g. --set services.api.replicas=3 (repeatable)")
    private List<String> values = new ArrayList<>();

    List<String> values() {
        return values;
    }
}
