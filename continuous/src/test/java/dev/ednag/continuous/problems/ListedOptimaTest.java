package dev.ednag.continuous.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting listed optima reached within a radius. */
class ListedOptimaTest {

    private final ListedOptima peaks = new ListedOptima("2 peaks", List.of(new double[] {-1, -1}, new double[] {1, 1}));

    @Test
    void countsEachOptimumOnceWhateverHowManyMembersReachIt() {
        double[][] positions = {{1.05, 1}, {0.95, 1.02}, {1, 1}, {0, 0}};
        assertEquals(1, peaks.countFound(positions, 0.1));
        assertEquals(1, peaks.countHeld(positions, 0.1, 3));
        assertEquals(0, peaks.countHeld(positions, 0.1, 4));
        assertEquals("2 peaks", peaks.describe());
    }

    @Test
    void theRadiusDecides() {
        double[][] positions = {{-1.2, -1}, {1, 1.09}};
        assertEquals(1, peaks.countFound(positions, 0.1));
        assertEquals(2, peaks.countFound(positions, 0.2));
        assertEquals(0, peaks.countFound(positions, 0.05));
        assertEquals(0, peaks.countFound(new double[0][], 1));
    }

    @Test
    void refusesPositionsOfAnotherDimension() {
        assertThrows(IllegalArgumentException.class, () -> peaks.countFound(new double[][] {{1, 1, 1}}, 0.1));
    }

    @Test
    void keepsItsOwnCopyOfThePoints() {
        double[] point = {3, 0.5};
        ListedOptima optima = new ListedOptima("1 minimum", List.of(point));
        point[0] = 0;
        assertEquals(1, optima.countFound(new double[][] {{3, 0.5}}, 1e-9));
    }
}
