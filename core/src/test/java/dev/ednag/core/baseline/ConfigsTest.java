package dev.ednag.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every setting is checked when a configuration is built, with a message that names it. */
class ConfigsTest {

    private static final RunLimits LIMITS = RunLimits.defaults();

    private static void rejects(String message, Executable build) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, build).getMessage());
    }

    @Test
    void runLimits() {
        rejects("max evaluations must be at least 1, got 0", () -> new RunLimits(0, 10));
        rejects("stall limit must be at least 1, got -3", () -> new RunLimits(10, -3));
        assertEquals(new RunLimits(1_000_000, 10_000), RunLimits.defaults());
    }

    @Test
    void randomSearch() {
        rejects("random search batch size must be at least 1, got 0", () -> new RandomSearchConfig(0, LIMITS));
        assertThrows(NullPointerException.class, () -> new RandomSearchConfig(1, null));
    }

    @Test
    void regularizedEvolution() {
        rejects("REA population must be at least 1, got 0", () -> new RegularizedEvolutionConfig(0, 1, LIMITS));
        rejects("REA tournament sample size must be in 1..population (3), got 4",
                () -> new RegularizedEvolutionConfig(3, 4, LIMITS));
        rejects("REA tournament sample size must be in 1..population (3), got 0",
                () -> new RegularizedEvolutionConfig(3, 0, LIMITS));
        assertEquals(new RegularizedEvolutionConfig(10, 3, LIMITS), RegularizedEvolutionConfig.defaults());
    }

    @Test
    void reinforce() {
        rejects("REINFORCE learning rate must be positive and finite, got 0.0", () -> new ReinforceConfig(0, 0.9, LIMITS));
        rejects("REINFORCE learning rate must be positive and finite, got NaN",
                () -> new ReinforceConfig(Double.NaN, 0.9, LIMITS));
        rejects("REINFORCE learning rate must be positive and finite, got Infinity",
                () -> new ReinforceConfig(Double.POSITIVE_INFINITY, 0.9, LIMITS));
        rejects("REINFORCE baseline momentum must be in [0, 1), got 1.0", () -> new ReinforceConfig(0.01, 1, LIMITS));
        rejects("REINFORCE baseline momentum must be in [0, 1), got -0.1", () -> new ReinforceConfig(0.01, -0.1, LIMITS));
        assertEquals(new ReinforceConfig(0.01, 0.9, LIMITS), ReinforceConfig.defaults());
    }

    @Test
    void localSearch() {
        rejects("local search initial samples must be at least 1, got 0", () -> new LocalSearchConfig(0, LIMITS));
        assertEquals(new LocalSearchConfig(1, LIMITS), LocalSearchConfig.defaults());
    }
}
