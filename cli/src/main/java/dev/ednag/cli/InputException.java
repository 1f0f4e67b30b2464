package dev.ednag.cli;

/** Bad input from the user: reported as one line, exit code 2, no output files. */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
