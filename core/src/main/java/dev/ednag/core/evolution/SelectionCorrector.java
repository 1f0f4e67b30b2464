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

    /**
     * Chooses {@code p} rows of the {@code 2p × dim} concatenation {@code genomes} (parents first).
     *
     * @param fitness rescaled fitness of each of the 2p rows (not the Energy weights)
     * @return row indices, elites first, then diverse, then roulette picks; may contain repeats
     */
    public int[] select(double[] genomes, double[] fitness, int p, int dim, RandomGenerator random) {
        throw new UnsupportedOperationException("TODO");
    }
}
