package dev.ednag.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One readable line for a failed write: the path and what went wrong, where Java's message has only one. */
final class OutputErrors {

    private OutputErrors() {
    }

    static String describe(IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NotDirectoryException ? "not a folder"
                : e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof FileAlreadyExistsException ? "exists and is not a folder"
                : null;
        if (e instanceof FileSystemException fs && reason != null) {
            return fs.getFile() + ": " + reason;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
