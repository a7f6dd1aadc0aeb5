package io.cloudmart.sim.scenario.cli;

import java.util.List;
import java.util.concurrent.Callable;

import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cmsim validate}: check scenarios without running them; every problem of every file is listed. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check scenario files (or bundled names) and list every problem; runs nothing.")
final class ValidateCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Parameters(arity = "1..*", paramLabel = "<scenario>", description = "scenario files or bundled names")
    private List<String> scenarios;

    @Mixin
    private Overrides overrides;

    @Override
    public Integer call() {
        boolean allValid = true;
        ScenarioSource source = new ScenarioSource();
        for (String scenario : scenarios) {
            try {
                Notes.print(source.loaded(scenario, overrides.values()), commandSpec.commandLine().getErr());
                commandSpec.commandLine().getOut().println(scenario + ": ok");
            } catch (ScenarioException e) {
                allValid = false;
                e.issues().stream().map(Issue::format).forEach(commandSpec.commandLine().getErr()::println);
            }
        }
        commandSpec.commandLine().getOut().flush();
        commandSpec.commandLine().getErr().flush();
        return allValid ? ExitCode.OK.code() : ExitCode.BAD_INPUT.code();
    }
}
