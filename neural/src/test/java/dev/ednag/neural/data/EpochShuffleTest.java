package dev.ednag.neural.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EpochShuffleTest {

    @Test
    void isASeededPermutation() {
        int[] order = EpochShuffle.order(100, new SplittableRandom(5));
        assertArrayEquals(IntStream.range(0, 100).toArray(), Arrays.stream(order).sorted().toArray());
        assertFalse(Arrays.equals(IntStream.range(0, 100).toArray(), order));
        assertArrayEquals(order, EpochShuffle.order(100, new SplittableRandom(5)));
        assertFalse(Arrays.equals(order, EpochShuffle.order(100, new SplittableRandom(6))));
    }
}
