package io.cloudmart.sim.scenario.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/**
 * The root command: {@code cmsim <subcommand>}. Alone, {@code cmsim} prints its usage to stderr and
 * exits with 2, picocli's convention for a missing required subcommand (the user manual's "Required
 * Subcommands": a {@code ParameterException}, exit code {@code ExitCode.USAGE} = 2); {@code cmsim
 * --help} prints the same to stdout and exits with 0. Its subcommands are registered by {@link Subcommands}.
 */
@Command(name = "cmsim", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "CloudMart Sim: simulate a cloud-native shop and see what your choices cost in latency.")
final class CmsimCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        err.println("cmsim: missing a command, e.g. cmsim run mmc-check");
        spec.commandLine().usage(err);
        err.flush();
        return ExitCode.BAD_INPUT.code();
    }
}
