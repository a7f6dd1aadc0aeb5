package io.cloudmart.sim.scenario.cli;

import java.io.PrintWriter;
import java.util.Arrays;

import io.cloudmart.sim.core.SimulationFailure;
import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.SafeText;
import io.cloudmart.sim.scenario.output.BadOutput;
import io.cloudmart.sim.scenario.output.OutputFailed;
import io.cloudmart.sim.scenario.output.OutputFolder;
import io.cloudmart.sim.scenario.load.ScenarioException;
import picocli.CommandLine;

/**
 * Entry point of {@code cmsim}. Maps every failure to one readable message and an exit code:
 * 2 for bad input (scenario or arguments), 1 for an internal failure; a stack trace only with
 * {@code --debug}. The only place that calls {@code System.exit}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // charts are drawn without a display
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given writers and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        CommandLine commandLine = new CommandLine(new CmsimCommand());
        Subcommands.register(commandLine, rest);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, a) -> {
            // picocli echoes the argument it could not use: escaped and cut like any echoed value
            err.println("cmsim: " + SafeText.escape(SafeText.cut(String.valueOf(e.getMessage()), 300)));
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCode.BAD_INPUT.code();
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> report(e, err, debug));
        try {
            return commandLine.execute(rest);
        } catch (OutOfMemoryError e) {
            err.println("cmsim: out of memory. Run fewer replications at once, a shorter duration, or give the JVM more"
                    + " memory (JAVA_OPTS=-Xmx2g).");
            err.flush();
            return ExitCode.INTERNAL_FAILURE.code();
        } catch (Throwable e) { // picocli lets Errors through; they must not become a stack trace either
            return report(e, err, debug);
        }
    }

    /** True when {@code kind} is somewhere in the cause chain of {@code e} (the engine wraps errors once). */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Prints {@code message} as one line ("cmsim: …", escaped) and returns {@code code}'s number. */
    private static int say(PrintWriter err, String message, ExitCode code) {
        err.println("cmsim: " + SafeText.escape(message));
        err.flush();
        return code.code();
    }

    private static int report(Throwable e, PrintWriter err, boolean debug) {
        if (e instanceof ScenarioException bad) {
            bad.issues().stream().map(Issue::format).forEach(err::println);
            err.flush();
            return ExitCode.BAD_INPUT.code();
        }
        if (e instanceof BadOutput bad) {
            return say(err, bad.getMessage(), ExitCode.BAD_INPUT);
        }
        if (e instanceof OutputFailed failed) {
            return say(err, failed.getMessage(), ExitCode.OUTPUT_FAILED);
        }
        if (e instanceof OutputFolder.Abandoned) {
            return ExitCode.INTERRUPTED.code(); // the shutdown hook has said so; the JVM is stopping
        }
        if (e instanceof SimulationFailure failure && causedBy(failure, OutOfMemoryError.class)) {
            err.println("cmsim: out of memory at t=" + failure.simTime() + " s. Is the shop overloaded (queues growing"
                    + " without end)? Otherwise give the JVM more memory (JAVA_OPTS=-Xmx2g).");
            err.flush();
            return ExitCode.INTERNAL_FAILURE.code();
        }
        if (e instanceof SimulationFailure failure) {
            err.println("cmsim: the simulation failed: " + failure.getMessage());
        } else {
            err.println("cmsim: internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with --debug for the stack trace, and please report it.");
        }
        err.flush();
        return ExitCode.INTERNAL_FAILURE.code();
    }
}
