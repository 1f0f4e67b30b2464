package dev.ednag.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The README's example, as written there, finds the peak at the origin. */
class ReadmeExampleTest {

    @Test
    void findsThePeak() {
        DiffusionEvolutionResult r = DiffusionEvolution.builder().population(512).steps(25).scaling(4).build()
                .run(BatchFitness.pointwise(x -> Math.exp(-(x[0] * x[0] + x[1] * x[1]))), 2, 42);
        double[] best = r.best();
        double[][] population = r.population();
        assertEquals(0.0, best[0], 0.05);
        assertEquals(0.0, best[1], 0.05);
        assertEquals(512, population.length);
    }
}
