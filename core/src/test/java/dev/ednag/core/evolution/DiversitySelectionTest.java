package dev.ednag.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Spec §5.3.3. */
class DiversitySelectionTest {

    private static final double[] DIV = {0.2, 1.0, 0.0, 0.9, 0.5, 0.7};

    @Test
    void mostDiverseAboveTheTenPercentFloor() {
        // max f = 400, floor 40: index 1 (f 39.9) and 3 (f 0) are too weak.
        double[] f = {100, 39.9, 400, 0, 40, 50};
        assertArrayEquals(new int[] {5, 4, 0}, DiversitySelection.select(DIV, f, 3));
    }

    @Test
    void padsWithTheMostDiverseRegardlessOfFitness() {
        double[] f = {0, 0, 100, 0, 0, 0};
        assertArrayEquals(new int[] {2, 1, 3}, DiversitySelection.select(DIV, f, 3));
        assertArrayEquals(new int[] {2, 1, 3, 5}, DiversitySelection.select(DIV, f, 4));
    }

    @Test
    void paddingMayRepeatAnAcceptedIndex() {
        double[] f = {0, 100, 0, 0, 0, 0};
        assertArrayEquals(new int[] {1, 1}, DiversitySelection.select(DIV, f, 2));
    }

    @Test
    void exclusionSkipsFlaggedIndicesInWalkAndPadding() {
        double[] f = {0, 100, 0, 0, 0, 0};
        boolean[] excluded = {false, true, false, true, false, false};
        assertArrayEquals(new int[] {5, 4}, DiversitySelection.select(DIV, f, 2, excluded));
        assertThrows(IllegalArgumentException.class, () -> DiversitySelection.select(DIV, f, 5, excluded));
    }

    @Test
    void tiesInDiversityGoToTheLowerIndex() {
        assertArrayEquals(new int[] {0, 1}, DiversitySelection.select(new double[] {0.5, 0.5, 0.1}, new double[] {1, 1, 1}, 2));
    }
}
