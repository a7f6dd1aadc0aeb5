package io.cloudmart.sim.scenario.cli;

import picocli.CommandLine.Option;

/**
 * Declares {@code --debug} so that every command's {@code --help} lists it. {@link Main} takes the
 * flag out of the arguments before picocli parses them (it must work anywhere on the line, also
 * before the command name, and before a failure picocli would report), so this field stays unset.
 */
final class DebugOption {
    @Option(names = "--debug", description = "on an internal failure, print the stack trace (for a bug report)")
    private boolean debug;
}
