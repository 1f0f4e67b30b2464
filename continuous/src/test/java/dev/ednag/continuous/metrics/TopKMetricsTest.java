package dev.ednag.continuous.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.continuous.problems.ProblemSuite;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The per-run scores on a final population, and the count of optima found. */
class TopKMetricsTest {

    private static ContinuousOutcome outcome(double[][] positions, double[] fitness) {
        return new ContinuousOutcome(positions, fitness, positions.length, List.of());
    }

    @Test
    void scoresOnlyTheTopK() {
        double[][] positions = {{1, 1}, {-1, -1}, {0, 0}, {1, 1.01}};
        double[] fitness = {0.9, 0.7, 0.1, 0.8};
        TopKMetrics top2 = TopKMetrics.of(outcome(positions, fitness), 2);
        assertEquals(0.85, top2.fitness(), 1e-12);
        assertEquals(0.0, top2.entropy(), "the two best share a cell");
        TopKMetrics top3 = TopKMetrics.of(outcome(positions, fitness), 3);
        assertEquals(0.8, top3.fitness(), 1e-12);
        assertEquals(-(2.0 / 3 * Math.log(2.0 / 3) + 1.0 / 3 * Math.log(1.0 / 3)) / Math.log(2), top3.entropy(), 1e-12);
    }

    @Test
    void theDefaultIsTheTop64() {
        double[][] positions = new double[100][];
        double[] fitness = new double[100];
        for (int i = 0; i < 100; i++) {
            positions[i] = new double[] {i};
            fitness[i] = i < 64 ? 1 : 0;
        }
        TopKMetrics metrics = TopKMetrics.of(outcome(positions, fitness));
        assertEquals(1, metrics.fitness());
        assertEquals(6, metrics.entropy(), 1e-12);
    }

    @Test
    void refusesAnEmptyPopulation() {
        assertThrows(IllegalArgumentException.class, () -> TopKMetrics.of(outcome(new double[0][], new double[0])));
    }

    @Test
    void countsTheOptimaTheFinalPopulationReached() {
        double[][] positions = {{3, 2.05}, {3.01, 1.99}, {-2.8, 3.13}, {0, 0}};
        ContinuousOutcome run = outcome(positions, new double[4]);
        assertEquals(OptionalInt.of(2), OptimaFound.count(ProblemSuite.problem("himmelblau"), run, 0.1));
        assertEquals(OptionalInt.of(1), OptimaFound.count(ProblemSuite.problem("himmelblau"), run, 0.01));
    }
}
