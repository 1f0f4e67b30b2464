package dev.ednag.cli;

import java.util.function.Supplier;

/** Bad input from the user: reported as one line, exit code 2, no output files. */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Runs a parser, turning its IllegalArgumentException into a one-line input error that starts
     * with the option it came from, when there is one.
     */
    static <T> T parsing(Supplier<T> parser, String option) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(option == null ? e.getMessage() : option + ": " + e.getMessage(), e);
        }
    }
}
