package io.cloudmart.sim.scenario.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks before a run that its output folder can be written, so a typo in --out is reported at
 * once (exit 2) instead of after a long simulation. Creates nothing.
 */
final class OutputCheck {
    private OutputCheck() {
    }

    static void requireWritable(Path folder) {
        if (folder.toString().isBlank()) {
            throw new BadOutput("--out: the output folder name is empty");
        }
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new BadOutput("--out " + folder + ": this is a file, not a folder");
            }
            if (!Files.isWritable(folder)) {
                throw new BadOutput("--out " + folder + ": the folder is not writable");
            }
            return;
        }
        Path ancestor = folder.toAbsolutePath().getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null || !Files.isDirectory(ancestor)) {
            throw new BadOutput("--out " + folder + ": cannot create it, " + ancestor + " is not a folder");
        }
        if (!Files.isWritable(ancestor)) {
            throw new BadOutput("--out " + folder + ": cannot create it, " + ancestor + " is not writable");
        }
    }
}
