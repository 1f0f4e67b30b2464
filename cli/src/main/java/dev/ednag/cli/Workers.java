package dev.ednag.cli;

/** The --threads option of the commands that run work in parallel. */
final class Workers {

    private Workers() {}

    /**
     * {@code threads}, or every core when it is not given.
     *
     * @throws InputException when it is outside 1..1024
     */
    static int resolve(Integer threads) {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 1024) {
            throw new InputException("--threads must be between 1 and 1024, got " + workers);
        }
        return workers;
    }
}
