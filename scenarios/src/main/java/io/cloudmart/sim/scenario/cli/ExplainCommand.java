package io.cloudmart.sim.scenario.cli;

import java.util.concurrent.Callable;

import io.cloudmart.sim.scenario.load.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cmsim explain}: the scenario as it will run, every default filled in. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the scenario as it will run, with every default filled in and --set applied.")
final class ExplainCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "<scenario>", description = "a scenario file or a bundled name")
    private String scenario;

    @Mixin
    private Overrides overrides;

    @Override
    public Integer call() throws ScenarioException {
        var loaded = new ScenarioSource().loaded(scenario, overrides.values());
        Notes.print(loaded, commandSpec.commandLine().getErr());
        commandSpec.commandLine().getOut().print(loaded.explained());
        commandSpec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
