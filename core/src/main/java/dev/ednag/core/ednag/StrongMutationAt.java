package dev.ednag.core.ednag;

/**
 * Where the reference's larger polynomial-mutation index ceil(1.5·η) — a weaker mutation — lands
 * (spec §5.1).
 */
public enum StrongMutationAt {
    /**
     * [QUIRK] The reference tests {@code t == N-1}, which is the FIRST iteration because t counts
     * down, although its comment says "last step". The faithful default.
     */
    FIRST_ITERATION,
    /** The apparent intent of the reference: the last iteration ({@code t == 1}). */
    LAST_ITERATION,
    /** Always use η. */
    NEVER;

    /** Whether the iteration with diffusion time {@code t} of {@code steps} uses the larger index. */
    boolean appliesAt(int t, int steps) {
        return switch (this) {
            case FIRST_ITERATION -> t == steps - 1;
            case LAST_ITERATION -> t == 1;
            case NEVER -> false;
        };
    }
}
