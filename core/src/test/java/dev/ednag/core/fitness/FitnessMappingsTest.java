package dev.ednag.core.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FitnessMappingsTest {

    private static final double[] F = {0.5, 2.0};

    @Test
    void parsesEveryForm() {
        assertArrayEquals(F, FitnessMappings.parse("identity").map(F), 0.0);
        assertArrayEquals(new double[] {0.125, 8.0}, FitnessMappings.parse("power:3").map(F), 1e-12);
        // energy:T favours the higher fitness: the best weighs e^5.
        double[] g = FitnessMappings.parse("energy:0.5").map(F);
        assertArrayEquals(new double[] {Math.exp(5 - 3), Math.exp(5)}, g, 1e-9);
    }

    @Test
    void unknownNamesListTheForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FitnessMappings.parse("rank"));
        assertTrue(e.getMessage().contains("energy:T"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FitnessMappings.parse("energy:0"));
        assertThrows(IllegalArgumentException.class, () -> FitnessMappings.parse("power:"));
    }
}
