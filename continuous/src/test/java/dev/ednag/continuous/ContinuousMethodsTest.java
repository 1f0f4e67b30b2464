package dev.ednag.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.run.RandomStreams;
import org.junit.jupiter.api.Test;

class ContinuousMethodsTest {

    private static final BatchFitness BOWL = BatchFitness.pointwise(x -> Math.exp(-(x[0] * x[0] + x[1] * x[1])));

    @Test
    void everyMethodStaysWithinTheSameBudget() {
        DiffusionEvolution de = DiffusionEvolution.builder().population(40).steps(6).scaling(2).build();
        for (String name : ContinuousMethods.NAMES) {
            ContinuousOptimizer o = ContinuousMethods.create(name, de, 2);
            assertEquals(name, o.name());
            ContinuousOutcome outcome = o.optimize(BOWL, 2, new RandomStreams(1), false);
            assertTrue(outcome.evaluations() <= 240, name + " spent " + outcome.evaluations());
            assertTrue(outcome.evaluations() > 200, name + " spent " + outcome.evaluations());
            assertEquals(40, outcome.positions().length, name);
        }
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        DiffusionEvolution de = DiffusionEvolution.builder().build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContinuousMethods.create("pso", de, 2));
        assertTrue(e.getMessage().contains("cmaes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ContinuousMethods.create("latent-de", de, 0));
    }
}
