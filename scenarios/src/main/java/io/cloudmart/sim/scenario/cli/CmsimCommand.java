package io.cloudmart.sim.scenario.cli;

import picocli.CommandLine.Command;

/** The root command: {@code cmsim <subcommand>}. */
@Command(name = "cmsim", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "CloudMart Sim: simulate a cloud-native shop and see what your choices cost in latency.",
        subcommands = {RunCommand.class, ValidateCommand.class, ListCommand.class, ExplainCommand.class,
            BenchCommand.class, CompareCommand.class, SweepCommand.class, SchemaCommand.class})
final class CmsimCommand implements Runnable {
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
