package dev.ednag.core.evolution;

/**
 * Diversity selection with the 10 % fitness floor (spec §5.3.3): the most diverse individuals
 * whose fitness is at least 0.1·max f, padded with the most diverse ones regardless of fitness.
 * [QUIRK] In the reference the elites are not excluded, so an elite may be picked again here.
 */
public final class DiversitySelection {

    /** The fitness floor as a fraction of the best fitness. */
    public static final double FITNESS_FLOOR = 0.1;

    private DiversitySelection() {}

    /**
     * The reference selection: no exclusions.
     *
     * @param count at most {@code diversity.length}
     * @return accepted indices by descending diversity, then the padding; padding may repeat indices
     */
    public static int[] select(double[] diversity, double[] fitness, int count) {
        return select(diversity, fitness, count, null);
    }

    /**
     * Like {@link #select(double[], double[], int)}, but never picks an index flagged in
     * {@code excluded} (neither in the walk nor in the padding). Not the reference; used for the
     * {@code diverseExcludesElites} option.
     *
     * @param excluded flags per index, or {@code null} for none
     * @param count    at most the number of indices not excluded
     */
    public static int[] select(double[] diversity, double[] fitness, int count, boolean[] excluded) {
        int n = diversity.length;
        if (fitness.length != n) {
            throw new IllegalArgumentException("diversity and fitness differ in length: " + n + " vs " + fitness.length);
        }
        if (excluded != null && excluded.length != n) {
            throw new IllegalArgumentException("excluded has length " + excluded.length + ", expected " + n);
        }
        int available = n - countFlags(excluded);
        if (count < 0 || count > available) {
            throw new IllegalArgumentException("cannot pick " + count + " diverse individuals from " + available);
        }
        double maxFitness = Double.NEGATIVE_INFINITY;
        for (double f : fitness) {
            maxFitness = Math.max(maxFitness, f);
        }
        double floor = FITNESS_FLOOR * maxFitness;
        int[] order = StableOrder.descending(diversity);
        int[] picked = new int[count];
        int accepted = 0;
        for (int k = 0; k < n && accepted < count; k++) {
            int i = order[k];
            if ((excluded == null || !excluded[i]) && fitness[i] >= floor) {
                picked[accepted++] = i;
            }
        }
        for (int k = 0; accepted < count; k++) {
            int i = order[k];
            if (excluded == null || !excluded[i]) {
                picked[accepted++] = i;
            }
        }
        return picked;
    }

    private static int countFlags(boolean[] flags) {
        int c = 0;
        if (flags != null) {
            for (boolean b : flags) {
                if (b) {
                    c++;
                }
            }
        }
        return c;
    }
}
