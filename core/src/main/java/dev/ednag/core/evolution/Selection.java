package dev.ednag.core.evolution;

/**
 * The groups chosen by {@link SelectionCorrector} (spec §5.3), as row indices into the 2P
 * concatenation of parents and offspring. Elites and diverse rows may overlap, and each group may
 * repeat rows through its padding; roulette rows are distinct and outside both other groups.
 *
 * <p>The arrays are owned by this record; callers must not modify them. Like any record holding
 * arrays, {@code equals} compares them by identity; compare {@link #order()} contents instead.
 *
 * @param elites   one per distinct fitness value, best first (spec §5.3.2)
 * @param diverse  most diverse above the fitness floor (spec §5.3.3)
 * @param roulette the remaining picks in pick order (spec §5.3.5)
 */
public record Selection(int[] elites, int[] diverse, int[] roulette) {

    /** All rows in the reference order: elites, then diverse, then roulette. */
    public int[] order() {
        int[] all = new int[elites.length + diverse.length + roulette.length];
        System.arraycopy(elites, 0, all, 0, elites.length);
        System.arraycopy(diverse, 0, all, elites.length, diverse.length);
        System.arraycopy(roulette, 0, all, elites.length + diverse.length, roulette.length);
        return all;
    }
}
