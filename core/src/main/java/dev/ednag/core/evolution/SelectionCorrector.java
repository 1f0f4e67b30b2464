package dev.ednag.core.evolution;

import java.util.random.RandomGenerator;

/**
 * EDNAG's selection S(X_prev, X_next) over the 2P concatenated parents and offspring (spec §5.3):
 * elites (one per distinct fitness value), diverse individuals above a 10 % fitness floor, then a
 * roulette on fitness·(1 + diversity) for the rest.
 *
 * @param eliteRate            fraction of P kept as elites, truncated: int(e_r·P)
 * @param diversityRate        fraction of P kept for diversity, truncated: int(d_r·P)
 * @param rouletteMode         the reference forward scan, or a renormalised variant
 * @param diverseExcludesElites false in the reference [QUIRK]: an elite may be picked again as diverse
 */
public record SelectionCorrector(
        double eliteRate, double diversityRate, RouletteMode rouletteMode, boolean diverseExcludesElites) {

    public SelectionCorrector {
        if (!(eliteRate >= 0 && diversityRate >= 0 && eliteRate + diversityRate <= 1)) {
            throw new IllegalArgumentException(
                    "need rates ≥ 0 with eliteRate + diversityRate ≤ 1, got " + eliteRate + ", " + diversityRate);
        }
        if (rouletteMode == null) {
            throw new IllegalArgumentException("rouletteMode must not be null");
        }
    }

    /** The reference corrector: forward-scan roulette, elites may also be picked as diverse. */
    public static SelectionCorrector reference(double eliteRate, double diversityRate) {
        return new SelectionCorrector(eliteRate, diversityRate, RouletteMode.FORWARD_SCAN, false);
    }

    /** nE = int(e_r·P), truncated as in the reference (int(0.1·30) = 3). */
    public int eliteCount(int p) {
        return (int) (eliteRate * p);
    }

    /** nD = int(d_r·P), truncated as in the reference (int(0.2·30) = 6, int(0.3·30) = 9). */
    public int diversityCount(int p) {
        return (int) (diversityRate * p);
    }

    /**
     * Chooses {@code p} rows of the {@code 2p × dim} concatenation {@code genomes} (parents first).
     *
     * @param fitness rescaled fitness of each of the 2p rows (not the Energy weights)
     * @return row indices, elites first, then diverse, then roulette picks; may contain repeats
     */
    public int[] select(double[] genomes, double[] fitness, int p, int dim, RandomGenerator random) {
        return selectGroups(genomes, fitness, p, dim, random).order();
    }

    /**
     * Like {@link #select}, but keeps the three groups apart. The roulette draws its uniform numbers
     * from {@code random.nextDouble()}.
     */
    public Selection selectGroups(double[] genomes, double[] fitness, int p, int dim, RandomGenerator random) {
        int n = 2 * p;
        if (p <= 0 || dim <= 0 || fitness.length != n || genomes.length < n * dim) {
            throw new IllegalArgumentException(
                    "need 2p = " + n + " fitness values and genomes of " + n + "×" + dim + ", got "
                            + fitness.length + " and " + genomes.length);
        }
        double[] diversity = DiversityScore.compute(genomes, n, dim);
        int[] elites = EliteSelection.select(fitness, eliteCount(p));
        boolean[] excluded = new boolean[n];
        mark(excluded, elites);
        int[] diverse = diverseExcludesElites
                ? DiversitySelection.select(diversity, fitness, diversityCount(p), excluded)
                : DiversitySelection.select(diversity, fitness, diversityCount(p));
        mark(excluded, diverse);
        int rouletteCount = p - elites.length - diverse.length;
        int[] roulette = RouletteSelection.select(
                fitness, diversity, excluded, rouletteCount, rouletteMode, random::nextDouble);
        return new Selection(elites, diverse, roulette);
    }

    private static void mark(boolean[] flags, int[] indices) {
        for (int i : indices) {
            flags[i] = true;
        }
    }
}
