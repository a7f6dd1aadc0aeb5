package io.cloudmart.sim.scenario.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.cloudmart.sim.scenario.load.IoMessages;

/**
 * The checks that make an output folder usable, done before a run so that a mistake costs no
 * simulation time: the name is not empty, a link leads somewhere, an existing folder holds only
 * an earlier run's files, and the parent can be created and written.
 */
final class FolderCheck {
    /** What the writer of earlier versions left when killed: {@code .results.json.<uuid>.tmp}. */
    private static final Pattern OLD_TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f-]{36}\\.tmp");
    private static final int SHOWN_FOREIGN = 3;

    private FolderCheck() {
    }

    /**
     * The folder the files go to: {@code folder} itself, or where it leads when it is a symbolic
     * link (so the link stays a link).
     */
    static Path usableTarget(Path folder) {
        if (folder.toString().isBlank()) {
            throw new BadOutput("the output folder name is empty");
        }
        Path target = folder.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            if (!Files.exists(target)) {
                throw new BadOutput("cannot write to " + folder + ": it is a symbolic link to "
                        + readLink(target) + ", which does not exist");
            }
            try {
                target = target.toRealPath();
            } catch (IOException e) {
                throw new BadOutput("cannot write to " + folder + ": " + IoMessages.describe(e));
            }
        }
        if (target.getParent() == null) {
            throw new BadOutput("cannot write to " + folder + ": give a folder below the root");
        }
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new BadOutput("cannot write to " + folder + ": this is a file, not a folder");
            }
            requireOnlyOutputFiles(folder, target);
        }
        return target;
    }

    /** Creates the folders above the target, or says why they cannot be. */
    static void createParent(Path folder, Path target) {
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new BadOutput("cannot create " + parent + " for " + folder + ": " + IoMessages.describe(e));
        }
        if (!Files.isDirectory(parent)) {
            throw new BadOutput("cannot write to " + folder + ": " + parent + " is not a folder");
        }
    }

    /**
     * Creates and deletes the target when it does not exist, so that a name the file system
     * refuses (too long, reserved) is found now rather than at the end of the run.
     */
    static void probeName(Path folder, Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.createDirectory(target);
            Files.delete(target);
        } catch (IOException e) {
            throw new BadOutput("cannot write to " + folder + ": " + IoMessages.describe(e));
        }
    }

    /**
     * Refuses a folder that holds anything cmsim did not write: replacing the folder would throw
     * those files away.
     */
    private static void requireOnlyOutputFiles(Path folder, Path target) {
        List<String> foreign = new ArrayList<>();
        int count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean ours = Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && (OutputFile.isOne(name) || OLD_TEMPORARY.matcher(name).matches());
                if (!ours) {
                    count++;
                    if (foreign.size() < SHOWN_FOREIGN) {
                        foreign.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new BadOutput("cannot write to " + folder + ": " + IoMessages.describe(e));
        }
        if (count > 0) {
            throw new BadOutput("cannot write to " + folder + ": it holds files cmsim did not write ("
                    + String.join(", ", foreign) + (count > foreign.size() ? ", …" : "")
                    + "), which replacing the folder would delete; give a new or empty folder, or one an earlier run wrote");
        }
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a missing target";
        }
    }
}
