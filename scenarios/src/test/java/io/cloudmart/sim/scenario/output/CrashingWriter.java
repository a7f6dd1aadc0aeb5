package io.cloudmart.sim.scenario.output;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A child process for {@link OutputFolderCrashTest}: writes a complete set of output files, each
 * holding the same label, into a folder, and dies like {@code kill -9} (no shutdown hooks, no
 * finally blocks) when it reaches the given moment of writing.
 *
 * <p>Arguments: the folder, the label, and the number of the {@link OutputFolder.Step} to die at
 * (1 for the first step reached; 0 to finish normally).
 */
public final class CrashingWriter {
    /** The exit status of a process killed by SIGKILL, as shells report it. */
    static final int KILLED = 137;

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        String label = args[1];
        int dieAt = Integer.parseInt(args[2]);
        int[] reached = {0};
        OutputFolder output = OutputFolder.reserve(folder, step -> {
            if (++reached[0] == dieAt) {
                Runtime.getRuntime().halt(KILLED);
            }
        });
        output.writeAll(files(label));
    }

    /** The files of a run labelled {@code label}: every file says which run it belongs to. */
    static Map<OutputFile, String> files(String label) {
        Map<OutputFile, String> files = new EnumMap<>(OutputFile.class);
        files.put(OutputFile.RESULTS, "{\"run\": \"" + label + "\"}\n");
        files.put(OutputFile.TIMESERIES, "run\n" + label + "\n");
        files.put(OutputFile.REPORT, ("<p>" + label + "</p>\n").repeat(2000));
        return files;
    }
}
