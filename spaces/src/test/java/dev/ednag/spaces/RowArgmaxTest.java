package dev.ednag.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RowArgmaxTest {

    @Test
    void picksTheLargestWithinTheRow() {
        double[] g = {9, 9, 0.1, 0.7, 0.3, 9};
        assertEquals(1, RowArgmax.of(g, 2, 3)); // the 9s outside the row are ignored
        assertEquals(2, RowArgmax.of(new double[] {-3, -2, -1}, 0, 3));
    }

    @Test
    void tiesGoToTheFirstColumn() {
        assertEquals(1, RowArgmax.of(new double[] {0, 5, 5, 5}, 0, 4));
        assertEquals(0, RowArgmax.of(new double[4], 0, 4));
    }

    @Test
    void theFirstNanIsTheMaximum() {
        assertEquals(2, RowArgmax.of(new double[] {1, 7, Double.NaN, Double.NaN}, 0, 4));
        assertEquals(0, RowArgmax.of(new double[] {Double.NaN, 7, Double.NaN}, 0, 3));
        assertEquals(1, RowArgmax.of(new double[] {Double.POSITIVE_INFINITY, Double.NaN}, 0, 2));
    }
}
