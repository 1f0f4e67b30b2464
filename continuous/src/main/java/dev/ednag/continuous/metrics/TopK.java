package dev.ednag.continuous.metrics;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The members a run is judged by: the {@code k} with the highest ranking fitness, or all of them
 * when there are fewer. Ties go to the lower index so that the choice is deterministic.
 */
public final class TopK {

    /** The reference reports the best 64. */
    public static final int DEFAULT_K = 64;

    private TopK() {}

    /** Indices of the top {@code k} of {@code fitness}, best first. */
    public static int[] indices(double[] fitness, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        for (double value : fitness) {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("a ranking fitness is NaN");
            }
        }
        Comparator<Integer> best = Comparator.<Integer>comparingDouble(i -> fitness[i]).reversed();
        return IntStream.range(0, fitness.length).boxed()
                .sorted(best.thenComparingInt(i -> i))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
