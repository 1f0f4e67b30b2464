package dev.ednag.study.continuous;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameSelectionTest {

    @Test
    void evenlySpacedFromFirstToLast() {
        assertArrayEquals(new int[] {0, 6, 12, 18, 24}, FrameSelection.indices(25, 5));
        assertArrayEquals(new int[] {0, 3, 6, 9}, FrameSelection.indices(10, 4));
        // 10/3 and 20/3 round to 3 and 7.
        assertArrayEquals(new int[] {0, 3, 7, 10}, FrameSelection.indices(11, 4));
        // 1.5 rounds up to 2.
        assertArrayEquals(new int[] {0, 2, 3}, FrameSelection.indices(4, 3));
    }

    @Test
    void shortTracesShowEveryGenerationAndOneFrameShowsTheLast() {
        assertArrayEquals(new int[] {0, 1, 2}, FrameSelection.indices(3, 5));
        assertArrayEquals(new int[] {0}, FrameSelection.indices(1, 5));
        assertArrayEquals(new int[] {9}, FrameSelection.indices(10, 1));
    }

    @Test
    void alwaysStrictlyIncreasingFromZeroToTheEnd() {
        for (int n = 1; n <= 60; n++) {
            for (int k = 2; k <= 12; k++) {
                int[] chosen = FrameSelection.indices(n, k);
                assertEquals(Math.min(n, k), chosen.length);
                assertEquals(0, chosen[0]);
                assertEquals(n - 1, chosen[chosen.length - 1]);
                for (int i = 1; i < chosen.length; i++) {
                    assertTrue(chosen[i] > chosen[i - 1], n + " generations, " + k + " frames");
                }
            }
        }
    }

    @Test
    void rejectsNothingToChooseFrom() {
        assertThrows(IllegalArgumentException.class, () -> FrameSelection.indices(0, 5));
        assertThrows(IllegalArgumentException.class, () -> FrameSelection.indices(5, 0));
    }
}
