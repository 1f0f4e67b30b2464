package dev.ednag.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StableOrderTest {

    @Test
    void descendingWithTiesToTheLowerIndex() {
        assertArrayEquals(new int[] {1, 3, 4, 0, 2}, StableOrder.descending(new double[] {1, 3, 0, 3, 2}));
        assertArrayEquals(new int[] {0, 1, 2, 3}, StableOrder.descending(new double[] {7, 7, 7, 7}));
        assertArrayEquals(new int[0], StableOrder.descending(new double[0]));
    }

    @Test
    void negativeZeroTiesWithZeroAndNaNComesFirst() {
        assertArrayEquals(new int[] {0, 1}, StableOrder.descending(new double[] {-0.0, 0.0}));
        assertArrayEquals(new int[] {2, 1, 0}, StableOrder.descending(new double[] {1, 2, Double.NaN}));
    }

    @Test
    void agreesWithAStableLibrarySortOnRandomData() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int trial = 0; trial < 200; trial++) {
            double[] v = new double[rnd.nextInt(1, 130)];
            for (int i = 0; i < v.length; i++) {
                v[i] = rnd.nextInt(8); // many ties
            }
            Integer[] boxed = new Integer[v.length];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, Comparator.comparingDouble((Integer i) -> v[i]).reversed());
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), StableOrder.descending(v));
        }
    }
}
