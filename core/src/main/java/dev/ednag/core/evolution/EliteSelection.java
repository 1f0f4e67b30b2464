package dev.ednag.core.evolution;

/**
 * Elitism with duplicate skipping (spec §5.3.2): one representative per distinct fitness value,
 * best first, padded with the top of the sorted order when there are too few distinct values.
 * [QUIRK] Duplicates are detected by equal fitness, not by equal architecture; the walk starts
 * with last = −100, so a fitness of exactly −100 is never accepted in the walk.
 */
public final class EliteSelection {

    private static final double INITIAL_LAST = -100.0;

    private EliteSelection() {}

    /**
     * Picks {@code count} indices of {@code fitness}.
     *
     * @param count at most {@code fitness.length}
     * @return the accepted indices in sorted order, then the padding; padding may repeat indices
     */
    public static int[] select(double[] fitness, int count) {
        if (count < 0 || count > fitness.length) {
            throw new IllegalArgumentException("cannot pick " + count + " elites from " + fitness.length);
        }
        int[] order = StableOrder.descending(fitness);
        int[] picked = new int[count];
        int accepted = 0;
        double last = INITIAL_LAST;
        for (int k = 0; k < order.length && accepted < count; k++) {
            double f = fitness[order[k]];
            if (f == last) {
                continue;
            }
            picked[accepted++] = order[k];
            last = f;
        }
        for (int k = 0; accepted < count; k++) {
            picked[accepted++] = order[k];
        }
        return picked;
    }
}
