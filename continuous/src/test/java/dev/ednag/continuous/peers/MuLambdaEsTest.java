package dev.ednag.continuous.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.core.run.RandomStreams;
import org.junit.jupiter.api.Test;

class MuLambdaEsTest {

    @Test
    void closesInOnAPeakIn10D() {
        ContinuousOutcome outcome = new MuLambdaEs(64, 60, 1.0).optimize(new GaussianPeak(), 10, new RandomStreams(1), false);
        assertTrue(GaussianPeak.mean(outcome.rankingFitness()) > 0.9, "mean " + GaussianPeak.mean(outcome.rankingFitness()));
    }

    @Test
    void spendsExactlyTheBudget() {
        GaussianPeak fitness = new GaussianPeak();
        assertEquals(40 * 7, new MuLambdaEs(40, 7, 1.0).optimize(fitness, 4, new RandomStreams(2), false).evaluations());
        assertEquals(40 * 7, fitness.scored.size());
    }

    @Test
    void recombinesAQuarterOfTheOffspringByDefault() {
        assertEquals(16, new MuLambdaEs(64, 10, 1.0).configuration().get("parents"));
        assertEquals(1, new MuLambdaEs(3, 10, 1.0).configuration().get("parents"));
        assertEquals(5, new MuLambdaEs(64, 5, 10, 1.0).configuration().get("parents"));
        assertEquals("es", new MuLambdaEs(64, 10, 1.0).name());
    }

    @Test
    void rejectsSettingsWithoutSelection() {
        assertThrows(IllegalArgumentException.class, () -> new MuLambdaEs(8, 8, 10, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new MuLambdaEs(8, 0, 10, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new MuLambdaEs(1, 10, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new MuLambdaEs(8, 0, 1.0));
    }
}
