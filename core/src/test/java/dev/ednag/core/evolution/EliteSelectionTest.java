package dev.ednag.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Spec §5.3.2 and §10.1 item 15. */
class EliteSelectionTest {

    @Test
    void onePerDistinctFitnessBestFirst() {
        assertArrayEquals(new int[] {0, 2, 4}, EliteSelection.select(new double[] {5, 5, 4, 4, 3}, 3));
    }

    @Test
    void padsWithTheFirstSortedIndex() {
        assertArrayEquals(new int[] {0, 2, 4, 0}, EliteSelection.select(new double[] {5, 5, 4, 4, 3}, 4));
        assertArrayEquals(new int[] {0, 2, 4, 0, 1}, EliteSelection.select(new double[] {5, 5, 4, 4, 3}, 5));
        assertArrayEquals(new int[] {1, 0, 1}, EliteSelection.select(new double[] {0, 2, 2}, 3));
    }

    @Test
    void tiesGoToTheLowerIndexWhateverTheInputOrder() {
        assertArrayEquals(new int[] {1, 3}, EliteSelection.select(new double[] {1, 9, 2, 4, 9, 4}, 2));
    }

    @Test
    void walkStartsWithLastEqualToMinusOneHundred() {
        // [QUIRK] A fitness of exactly −100 matches the initial "last" and is skipped in the walk.
        assertArrayEquals(new int[] {1}, EliteSelection.select(new double[] {-100, -200}, 1));
        assertArrayEquals(new int[] {1, 0}, EliteSelection.select(new double[] {-100, -200}, 2));
    }

    @Test
    void zeroElitesAndTooManyElites() {
        assertArrayEquals(new int[0], EliteSelection.select(new double[] {1, 2}, 0));
        assertThrows(IllegalArgumentException.class, () -> EliteSelection.select(new double[] {1, 2}, 3));
    }
}
