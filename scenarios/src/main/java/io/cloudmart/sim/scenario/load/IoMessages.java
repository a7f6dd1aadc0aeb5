package io.cloudmart.sim.scenario.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** An I/O failure in words: the operating system's reason, without Java's class names. */
public final class IoMessages {
    private IoMessages() {
    }

    /** "permission denied", "no space left on device", "file name too long" … */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder" + (missing.getFile() == null ? "" : ": " + missing.getFile());
        }
        if (e instanceof NotDirectoryException notDir) {
            return "not a folder: " + notDir.getFile();
        }
        if (e instanceof DirectoryNotEmptyException notEmpty) {
            return "the folder is not empty: " + notEmpty.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return "something is already there: " + exists.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message.toLowerCase(Locale.ROOT);
    }
}
