package dev.ednag.study.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void knownValues() {
        // Published to four decimals as [0, 0.2775], [0.2366, 0.7634], [0.8882, 0.9785]; five here.
        check(0, 10, 0.0, 0.27753);
        check(5, 10, 0.23659, 0.76341);
        check(95, 100, 0.88825, 0.97846);
        check(10, 10, 0.72247, 1.0);
        check(57, 100, 0.47215, 0.66267);
    }

    private static void check(long hits, long n, double lower, double upper) {
        WilsonInterval w = WilsonInterval.of(hits, n);
        assertEquals(lower, w.lower(), 1e-5, hits + "/" + n + " lower");
        assertEquals(upper, w.upper(), 1e-5, hits + "/" + n + " upper");
        assertTrue(w.lower() <= w.proportion() && w.proportion() <= w.upper());
    }

    @Test
    void noTrialsMeansNothingIsKnown() {
        WilsonInterval w = WilsonInterval.of(0, 0);
        assertEquals(0.0, w.lower(), 0);
        assertEquals(1.0, w.upper(), 0);
        assertTrue(Double.isNaN(w.proportion()));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(11, 10));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(-1, 10));
    }
}
