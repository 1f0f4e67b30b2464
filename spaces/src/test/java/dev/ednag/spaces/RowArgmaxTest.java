package dev.ednag.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RowArgmaxTest {

    @Test
    void findsTheLargestWithinTheWindowOnly() {
        double[] v = {9, 1, 5, 2, 8};
        assertEquals(1, RowArgmax.of(v, 1, 3)); // window 1, 5, 2: the 9 and 8 outside are ignored
        assertEquals(0, RowArgmax.of(v, 0, 5));
        assertEquals(3, RowArgmax.of(v, 1, 4));
    }

    @Test
    void tiesGoToTheFirstPosition() {
        assertEquals(1, RowArgmax.of(new double[] {0, 3, 3, 3}, 0, 4));
        assertEquals(0, RowArgmax.of(new double[] {0, 0, 0}, 0, 3));
    }

    @Test
    void theFirstNanCountsAsTheMaximum() {
        assertEquals(2, RowArgmax.of(new double[] {5, 7, Double.NaN, 9, Double.NaN}, 0, 5));
        assertEquals(0, RowArgmax.of(new double[] {Double.NaN, 7}, 0, 2));
    }

    @Test
    void rejectsAnEmptyWindow() {
        assertThrows(IllegalArgumentException.class, () -> RowArgmax.of(new double[] {1}, 0, 0));
    }
}
