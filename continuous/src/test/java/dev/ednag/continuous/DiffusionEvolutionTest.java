package dev.ednag.continuous;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.diffusion.PowerSchedule;
import dev.ednag.core.run.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffusionEvolutionTest {

    /** A single smooth peak at (1, −2), fitness in (0, 1]. */
    private static final BatchFitness PEAK = BatchFitness.pointwise(
            x -> Math.exp(-((x[0] - 1) * (x[0] - 1) + (x[1] + 2) * (x[1] + 2))));

    @Test
    void spendsPopulationTimesStepsEvaluationsOnScaledPoints() {
        List<double[][]> batches = new ArrayList<>();
        BatchFitness recording = points -> {
            batches.add(points);
            return PEAK.evaluate(points);
        };
        DiffusionEvolutionResult r = DiffusionEvolution.builder().population(200).steps(10).scaling(4).build()
                .run(recording, 2, 3);
        assertEquals(2000, r.evaluations());
        assertEquals(10, batches.size());
        // The first batch is N(0, I)·4: its spread must be near 4, not near 1.
        double sum2 = 0;
        for (double[] p : batches.get(0)) {
            sum2 += p[0] * p[0] + p[1] * p[1];
        }
        assertEquals(4.0, Math.sqrt(sum2 / 400), 0.4);
        // The last batch is the x̂0 estimates the members are ranked by.
        assertArrayEquals(r.x0()[7], batches.get(9)[7], 0.0);
    }

    @Test
    void convergesOnASinglePeak() {
        DiffusionEvolutionResult r = DiffusionEvolution.builder().population(256).steps(25).scaling(4).build()
                .run(PEAK, 2, 11);
        double[] best = r.best();
        assertEquals(1.0, best[0], 0.05);
        assertEquals(-2.0, best[1], 0.05);
        // With the identity mapping the population spreads like the fitness itself, exp(−r²):
        // 1 − e^(−2.25) ≈ 89 % of it lies within 1.5 of the peak, and 22 % within 0.5.
        int near = 0;
        int close = 0;
        for (double[] p : r.population()) {
            double dist = Math.hypot(p[0] - 1, p[1] + 2);
            near += dist < 1.5 ? 1 : 0;
            close += dist < 0.5 ? 1 : 0;
        }
        assertTrue(near > 200, near + " of 256 final points within 1.5 of the peak");
        assertTrue(close > 35 && close < 110, close + " of 256 final points within 0.5 of the peak");
    }

    @Test
    void sameSeedSameRunOtherSeedOtherRun() {
        DiffusionEvolution de = DiffusionEvolution.builder().population(64).steps(8).build();
        DiffusionEvolutionResult a = de.run(PEAK, 2, 5);
        DiffusionEvolutionResult b = de.run(PEAK, 2, 5);
        DiffusionEvolutionResult c = de.run(PEAK, 2, 6);
        assertArrayEquals(a.population(), b.population());
        assertArrayEquals(a.x0Fitness(), b.x0Fitness(), 0.0);
        assertFalse(a.population()[0][0] == c.population()[0][0]);
    }

    @Test
    void traceHoldsEveryIterationAndTheOutcomeAddsTheFinalPopulation() {
        DiffusionEvolution de = DiffusionEvolution.builder().population(32).steps(6).build();
        DiffusionEvolutionResult r = de.run(PEAK, 2, new RandomStreams(1), true);
        assertEquals(5, r.trace().size());
        assertEquals(1, r.trace().get(1).iteration());
        assertEquals(4, r.trace().get(1).t());
        assertEquals(r.trace().get(0).alphaPrev(), r.trace().get(1).alpha(), 0.0);
        ContinuousOutcome o = r.toOutcome();
        assertEquals(6, o.trace().size());
        assertArrayEquals(r.population(), o.trace().get(5).positions());
        assertArrayEquals(r.x0Fitness(), o.rankingFitness(), 0.0);
        assertTrue(de.run(PEAK, 2, new RandomStreams(1), false).trace().isEmpty());
    }

    @Test
    void zeroNoiseLinearScheduleLandsOnTheLastEstimateScaledBySqrtAlphaZero() {
        // a_prev = α[0] = 0.9999 on the last iteration: with η = 0 the final point is
        // √0.9999·x̂0 + √0.0001·ε̂, so within about 1% of the estimate's scale.
        DiffusionEvolution de = DiffusionEvolution.builder().population(64).steps(20).noise(0)
                .schedule(new PowerSchedule(1)).build();
        DiffusionEvolutionResult r = de.run(PEAK, 2, new RandomStreams(2), true);
        double[][] lastX0 = r.trace().get(r.trace().size() - 1).x0();
        for (int i = 0; i < 64; i++) {
            assertEquals(lastX0[i][0], r.population()[i][0], 0.05);
        }
    }

    @Test
    void latentRunsInHighDimensionAndNamesItself() {
        BatchFitness bowl = BatchFitness.pointwise(x -> {
            double s = 0;
            for (double v : x) {
                s += v * v;
            }
            return Math.exp(-s / x.length);
        });
        DiffusionEvolution latent = DiffusionEvolution.builder().population(128).steps(20).latentDim(2).build();
        assertEquals("latent-de", latent.name());
        DiffusionEvolutionResult r = latent.run(bowl, 64, new RandomStreams(4), true);
        double first = mean(r.trace().get(0).fitness());
        double last = mean(r.x0Fitness());
        assertTrue(last > first + 0.1, "mean fitness " + first + " -> " + last);
    }

    @Test
    void rejectsNegativeOrNanFitness() {
        DiffusionEvolution de = DiffusionEvolution.builder().population(8).steps(3).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> de.run(BatchFitness.pointwise(x -> -1), 2, 1));
        assertTrue(e.getMessage().contains("at least 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> de.run(BatchFitness.pointwise(x -> Double.NaN), 2, 1));
        assertThrows(IllegalArgumentException.class, () -> de.run(points -> new double[1], 2, 1));
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> DiffusionEvolution.builder().population(1).build());
        assertThrows(IllegalArgumentException.class, () -> DiffusionEvolution.builder().steps(1).build());
        assertThrows(IllegalArgumentException.class, () -> DiffusionEvolution.builder().noise(-0.1).build());
        assertThrows(IllegalArgumentException.class, () -> DiffusionEvolution.builder().scaling(0).build());
        assertThrows(IllegalArgumentException.class, () -> DiffusionEvolution.builder().latentDim(-1).build());
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
