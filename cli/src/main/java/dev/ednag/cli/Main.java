package dev.ednag.cli;

import picocli.CommandLine;

/** Entry point of the {@code ednag} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 internal error, 2 bad input). */
    public static int run(String... args) {
        return EdnagCommand.commandLine(args).execute(args);
    }
}
