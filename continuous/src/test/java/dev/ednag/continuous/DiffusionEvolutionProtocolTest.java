package dev.ednag.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.continuous.metrics.TopKMetrics;
import dev.ednag.continuous.problems.ContinuousProblem;
import dev.ednag.continuous.problems.HimmelblauMinima;
import dev.ednag.continuous.problems.ProblemSuite;
import dev.ednag.core.run.RandomStreams;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Spec §10.3 item 2: the reference benchmark protocol (512 points, 25 steps, scaling 4, noise 0.1,
 * rescaled cosine, energy wrapper T = 1) over 20 seeds, against the spec's independent numbers:
 * mean top-64 fitness within ±0.05 and mean top-64 entropy within ±0.3 bits.
 */
class DiffusionEvolutionProtocolTest {

    private static final int SEEDS = 20;

    private static DiffusionEvolution protocol(ContinuousProblem problem) {
        return DiffusionEvolution.builder().population(512).steps(25).scaling(problem.scaling()).noise(0.1).build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rosenbrock, 0.90, 5.84",
        "beale, 0.97, 5.54",
        "himmelblau, 0.96, 5.26",
        "ackley, 0.79, 5.70",
        "rastrigin, 0.65, 5.79"})
    void matchesTheSpecTable(String name, double fitness, double entropy) {
        ContinuousProblem problem = ProblemSuite.problem(name);
        double fitnessSum = 0;
        double entropySum = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            TopKMetrics m = TopKMetrics.of(protocol(problem).optimize(problem.fitness(), 2, new RandomStreams(seed), false));
            fitnessSum += m.fitness();
            entropySum += m.entropy();
        }
        assertEquals(fitness, fitnessSum / SEEDS, 0.05, name + " mean top-64 fitness");
        assertEquals(entropy, entropySum / SEEDS, 0.3, name + " mean top-64 entropy");
    }

    /** ≥ 3 of Himmelblau's 4 minima hold at least 5 final points within 0.5 in ≥ 90 % of runs. */
    @Test
    void himmelblauKeepsSeveralMinima() {
        ContinuousProblem problem = ProblemSuite.problem("himmelblau");
        List<double[]> minima = HimmelblauMinima.points();
        int covered3 = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            ContinuousOutcome o = protocol(problem).optimize(problem.fitness(), 2, new RandomStreams(seed), false);
            int covered = 0;
            for (double[] m : minima) {
                int near = 0;
                for (double[] p : o.positions()) {
                    near += Math.hypot(p[0] - m[0], p[1] - m[1]) < 0.5 ? 1 : 0;
                }
                covered += near >= 5 ? 1 : 0;
            }
            covered3 += covered >= 3 ? 1 : 0;
        }
        assertTrue(covered3 >= 18, covered3 + " of 20 runs cover at least 3 minima");
    }
}
