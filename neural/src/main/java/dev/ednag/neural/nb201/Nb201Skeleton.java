package dev.ednag.neural.nb201;

/**
 * The NAS-Bench-201 macro skeleton's two sizes: the stem's channel width C (doubled at each of the
 * two residual reductions) and the number N of cells in each of the three stages. The benchmark
 * trained C = 16, N = 5.
 */
public record Nb201Skeleton(int width, int cellsPerStage) {

    /** The benchmark's own skeleton, C = 16, N = 5. */
    public static final Nb201Skeleton BENCHMARK = new Nb201Skeleton(16, 5);

    public Nb201Skeleton {
        if (width < 1 || width > 4096) {
            throw new IllegalArgumentException("channel width C must be between 1 and 4096, got " + width);
        }
        if (cellsPerStage < 1 || cellsPerStage > 100) {
            throw new IllegalArgumentException("cells per stage N must be between 1 and 100, got " + cellsPerStage);
        }
    }

    /** The channel width of stage {@code stage} (0, 1, 2): C, 2C, 4C. */
    public int width(int stage) {
        return width << stage;
    }
}
