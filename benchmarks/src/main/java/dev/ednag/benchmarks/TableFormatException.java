package dev.ednag.benchmarks;

import java.io.IOException;

/**
 * A table file that cannot be read as a metric table. The message is one line that names the file,
 * the line number where there is one, and what was expected, so it can be shown to a user as is.
 */
public class TableFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public TableFormatException(String message) {
        super(message);
    }

    public TableFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
