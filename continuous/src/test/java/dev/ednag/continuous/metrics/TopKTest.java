package dev.ednag.continuous.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Picking the top k members. */
class TopKTest {

    @Test
    void bestFirstWithTiesToTheLowerIndex() {
        double[] fitness = {0.2, 0.9, 0.5, 0.9, 0.1};
        assertArrayEquals(new int[] {1, 3, 2}, TopK.indices(fitness, 3));
    }

    @Test
    void takesEveryoneWhenThereAreFewerThanK() {
        assertArrayEquals(new int[] {1, 0}, TopK.indices(new double[] {0.3, 0.7}, 64));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> TopK.indices(new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> TopK.indices(new double[] {1, Double.NaN}, 1));
    }
}
