package io.cloudmart.sim.scenario.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code cmsim}, registered on the root command only as far as a command line needs them.
 *
 * <p>picocli builds the whole model of every registered command up front: it reflects on each option and creates
 * each command object. For all nine that is a third of the classes {@code cmsim --version} loads and most of its
 * time, and {@code cmsim run} would pay it before anything runs.
 */
final class Subcommands {
    /** In the order {@code cmsim --help} lists them. */
    static final List<Class<?>> ALL = List.of(RunCommand.class, ValidateCommand.class, ListCommand.class,
            ExplainCommand.class, BenchCommand.class, CompareCommand.class, SweepCommand.class, SchemaCommand.class,
            ReplayCommand.class);

    private Subcommands() {
    }

    /** Registers on {@code root} the subcommands that {@code args} (the command line without {@code --debug}) needs. */
    static void register(CommandLine root, String[] args) {
        neededBy(args).forEach(root::addSubcommand);
    }

    /**
     * The subcommand the command line names (with {@code run}, which {@code replay} runs again); none for the
     * version alone; all of them otherwise, since the root's usage lists them and a name that is none of them must
     * be refused as before.
     */
    static List<Class<?>> neededBy(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        if (args.length > 0) {
            for (Class<?> command : ALL) {
                if (name(command).equals(args[0])) {
                    return command == ReplayCommand.class ? List.of(RunCommand.class, command) : List.of(command);
                }
            }
        }
        return ALL;
    }

    static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
