package dev.ednag.continuous.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountingFitnessTest {

    @Test
    void countsEveryPointScored() {
        CountingFitness counted = new CountingFitness(new GaussianPeak());
        counted.evaluate(new double[3][2]);
        counted.evaluate(new double[1][2]);
        assertEquals(4, counted.scored());
    }

    @Test
    void refusesValuesItCannotRank() {
        assertThrows(IllegalStateException.class,
                () -> new CountingFitness(points -> new double[] {Double.NaN}).evaluate(new double[1][1]));
        assertThrows(IllegalStateException.class,
                () -> new CountingFitness(points -> new double[0]).evaluate(new double[1][1]));
    }
}
