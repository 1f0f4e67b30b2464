package dev.ednag.continuous.peers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.continuous.BatchFitness;
import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.continuous.Generation;
import dev.ednag.core.run.RandomStreams;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CmaEsTest {

    @Test
    void climbsAPeakIn2D() {
        ContinuousOutcome outcome = new CmaEs(64, 25, 1.0).optimize(new GaussianPeak(), 2, new RandomStreams(1), false);
        for (double f : outcome.rankingFitness()) {
            assertTrue(f > 0.999, "final member at fitness " + f);
        }
    }

    @Test
    void scoresTheOriginOnceThenFullGenerations() {
        GaussianPeak fitness = new GaussianPeak();
        ContinuousOutcome outcome = new CmaEs(16, 10, 1.0).optimize(fitness, 3, new RandomStreams(2), true);
        assertArrayEquals(new double[3], fitness.scored.get(0));
        assertEquals(1 + 16 * 9, outcome.evaluations());
        assertEquals(9, outcome.trace().size());
        for (int k = 1; k < fitness.scored.size(); k++) {
            Generation gen = outcome.trace().get((k - 1) / 16);
            assertArrayEquals(fitness.scored.get(k), gen.positions()[(k - 1) % 16]);
        }
    }

    @Test
    void stoppingEarlyLeavesTheLastCompleteGenerationAsTheFinalPopulation() {
        // On a flat fitness the library inflates its step size until its own tolerances stop it.
        BatchFitness flat = points -> new double[points.length];
        ContinuousOutcome outcome = new CmaEs(8, 200, 1.0).optimize(flat, 2, new RandomStreams(4), true);
        int generations = outcome.trace().size();
        assertTrue(generations > 0 && generations < 199, "ran " + generations + " generations");
        assertEquals(1 + 8L * generations, outcome.evaluations());
        Generation last = outcome.trace().get(generations - 1);
        assertTrue(Arrays.deepEquals(last.positions(), outcome.positions()));
    }

    @Test
    void describesTheLibrarySettings() {
        var configuration = new CmaEs(10, 7, 0.5, false).configuration();
        assertEquals(6, configuration.get("iterations"));
        assertEquals(70L, configuration.get("maxEvaluations"));
        assertEquals(false, configuration.get("activeCma"));
        assertEquals(0.5, configuration.get("scaling"));
        assertEquals(true, new CmaEs(10, 7, 0.5).configuration().get("activeCma"));
        assertEquals("cmaes", new CmaEs(10, 7, 0.5).name());
    }

    @Test
    void rejectsABudgetWithoutRoomForOneGeneration() {
        assertThrows(IllegalArgumentException.class, () -> new CmaEs(10, 1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new CmaEs(1, 10, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new CmaEs(10, 10, 0.0));
    }
}
