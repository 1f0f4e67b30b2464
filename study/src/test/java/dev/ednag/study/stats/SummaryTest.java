package dev.ednag.study.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void handComputedFiveValues() {
        Summary s = Summary.of(new double[] {5, 1, 4, 2, 3});
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-12);
        assertEquals(3.0, s.median(), 0);
        assertEquals(1.0, s.min(), 0);
        assertEquals(5.0, s.max(), 0);
        // t_{0.975, 4} = 2.776445 (tables); half-width = t · sd / √5.
        assertEquals(2.776445 * Math.sqrt(2.5) / Math.sqrt(5), s.halfWidth95(), 1e-6);
        assertEquals(3.0 - s.halfWidth95(), s.lower95(), 1e-12);
        assertEquals(3.0 + s.halfWidth95(), s.upper95(), 1e-12);
    }

    @Test
    void evenSizeMedianIsTheMeanOfTheMiddlePair() {
        assertEquals(2.5, Summary.of(new double[] {10, 1, 3, 2}).median(), 0);
    }

    @Test
    void studentQuantilesMatchTables() {
        assertEquals(12.7062, StudentT.quantile975(1), 1e-4);
        assertEquals(2.2622, StudentT.quantile975(9), 1e-4);
        assertEquals(1.9842, StudentT.quantile975(99), 1e-4);
        assertEquals(1.9623, StudentT.quantile975(999), 1e-4);
    }

    @Test
    void hundredRunsUseTheTQuantileNotZ() {
        double[] sample = new double[100];
        for (int i = 0; i < 100; i++) {
            sample[i] = i % 2; // sd = sqrt(100 · 0.25 / 99)
        }
        Summary s = Summary.of(sample);
        assertEquals(1.984217 * Math.sqrt(25.0 / 99) / 10, s.halfWidth95(), 1e-6);
    }

    @Test
    void oneValueHasNoInterval() {
        Summary s = Summary.of(new double[] {7});
        assertEquals(7.0, s.mean(), 0);
        assertEquals(7.0, s.median(), 0);
        assertTrue(Double.isNaN(s.sd()));
        assertTrue(Double.isNaN(s.halfWidth95()));
    }

    @Test
    void emptyIsAllNaNAndNaNIsRejected() {
        Summary empty = Summary.of(new double[0]);
        assertEquals(0, empty.n());
        assertTrue(Double.isNaN(empty.mean()));
        assertTrue(Double.isNaN(empty.median()));
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[] {1, Double.POSITIVE_INFINITY}));
    }

    @Test
    void equalValuesHaveExactlyThatMeanAndNoSpread() {
        // A plain sum gives 94.37330000000001 for three of these.
        Summary s = Summary.of(new double[] {94.3733, 94.3733, 94.3733});
        assertEquals(94.3733, s.mean(), 0);
        assertEquals(0.0, s.sd(), 0);
        assertEquals(0.0, s.halfWidth95(), 0);
    }

    @Test
    void largeMeanKeepsItsDigits() {
        Summary s = Summary.of(new double[] {94.3733, 94.3733, 94.3734});
        // deviations -1/3e-4, -1/3e-4, +2/3e-4: sum of squares 6/9e-8, / 2 → 1/3e-8.
        assertEquals(Math.sqrt(1.0 / 3 * 1e-8), s.sd(), 1e-12);
    }
}
