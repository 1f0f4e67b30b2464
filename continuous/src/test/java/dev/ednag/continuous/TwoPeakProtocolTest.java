package dev.ednag.continuous;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.continuous.problems.ProblemSuite;
import dev.ednag.continuous.problems.TwoPeakDensity;
import dev.ednag.core.diffusion.PowerSchedule;
import dev.ednag.core.diffusion.RescaledCosineSchedule;
import dev.ednag.core.fitness.PowerMapping;
import dev.ednag.core.run.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Spec §10.3 item 1: the two-peak density with 512 points and 100 steps, three configurations.
 * Acceptance over 20 seeds: every seed keeps at least 1 % of its points within 0.5 of each peak
 * and at least 95 % within 0.5 of one of them.
 */
class TwoPeakProtocolTest {

    private static final int SEEDS = 20;

    private static void assertBothPeaksHeld(String config, DiffusionEvolution de, double sigma) {
        BatchFitness density = BatchFitness.pointwise(new TwoPeakDensity(sigma)::value);
        for (int seed = 1; seed <= SEEDS; seed++) {
            double[][] points = de.run(density, 2, seed).population();
            int low = 0;
            int high = 0;
            for (double[] p : points) {
                low += Math.hypot(p[0] + 1, p[1] + 1) < 0.5 ? 1 : 0;
                high += Math.hypot(p[0] - 1, p[1] - 1) < 0.5 ? 1 : 0;
            }
            int n = points.length;
            String where = config + " seed " + seed + ": " + low + " and " + high + " of " + n;
            assertTrue(Math.min(low, high) >= 0.01 * n, where + " lose a peak");
            assertTrue(low + high >= 0.95 * n, where + " near the peaks");
        }
    }

    @Test
    void linearScheduleWithoutNoise() {
        assertBothPeaksHeld("(A)", DiffusionEvolution.builder().population(512).steps(100)
                .schedule(new PowerSchedule(1)).noise(0).scaling(1).build(), 0.25);
    }

    @Test
    void linearScheduleNarrowPeaksWithNoise() {
        assertBothPeaksHeld("(B)", DiffusionEvolution.builder().population(512).steps(100)
                .schedule(new PowerSchedule(1)).noise(0.1).scaling(1.5).build(), 0.1);
    }

    @Test
    void rescaledCosineWithPowerMapping() {
        assertBothPeaksHeld("(C)", DiffusionEvolution.builder().population(512).steps(100)
                .schedule(new RescaledCosineSchedule()).noise(0.1).mapping(new PowerMapping(3)).scaling(1).build(),
                0.25);
    }

    @Test
    void theSuiteProblemIsTheSameDensity() {
        double[][] points = {{-1, -1}, {0.3, 0.9}};
        double[] suite = ProblemSuite.problem("two-peak").fitness().evaluate(points);
        assertTrue(Math.abs(suite[0] - new TwoPeakDensity(0.25).value(points[0])) < 1e-15);
        assertTrue(Math.abs(suite[1] - new TwoPeakDensity(0.25).value(points[1])) < 1e-15);
    }
}
