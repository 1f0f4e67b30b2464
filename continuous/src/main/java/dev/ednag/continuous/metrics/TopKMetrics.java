package dev.ednag.continuous.metrics;

import dev.ednag.continuous.ContinuousOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference's two per-run scores on the final population: the mean ranking fitness of the top
 * k members, and the grid entropy of their positions (how many distinct solutions they hold).
 *
 * @param fitness the mean ranking fitness of the top k
 * @param entropy the {@link GridEntropy} of their positions, in bits
 */
public record TopKMetrics(double fitness, double entropy) {

    /** The scores at the reference's k = 64. */
    public static TopKMetrics of(ContinuousOutcome outcome) {
        return of(outcome, TopK.DEFAULT_K);
    }

    /** The scores of the top {@code k} members of {@code outcome}, or of all when there are fewer. */
    public static TopKMetrics of(ContinuousOutcome outcome, int k) {
        if (outcome.positions().length == 0) {
            throw new IllegalArgumentException("the outcome has no members");
        }
        int[] top = TopK.indices(outcome.rankingFitness(), k);
        double sum = 0;
        List<double[]> positions = new ArrayList<>();
        for (int i : top) {
            sum += outcome.rankingFitness()[i];
            positions.add(outcome.positions()[i]);
        }
        return new TopKMetrics(sum / top.length, GridEntropy.of(positions));
    }
}
