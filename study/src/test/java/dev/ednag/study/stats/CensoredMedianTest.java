package dev.ednag.study.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CensoredMedianTest {

    private static final double MISS = Double.POSITIVE_INFINITY;

    @Test
    void fewMissesLeaveAFiniteMedian() {
        CensoredMedian m = CensoredMedian.of(new double[] {MISS, 30, 10, 20, MISS});
        assertEquals(5, m.n());
        assertEquals(2, m.censored());
        assertEquals(30.0, m.value(), 0); // sorted 10, 20, 30, >, >
        assertFalse(m.isCensored());
    }

    @Test
    void evenSampleAveragesTheMiddlePair() {
        assertEquals(25.0, CensoredMedian.of(new double[] {10, 20, 30, MISS}).value(), 0);
    }

    @Test
    void aCensoredMiddleValueCensorsTheMedian() {
        assertTrue(CensoredMedian.of(new double[] {10, 20, MISS, MISS}).isCensored());
        assertTrue(CensoredMedian.of(new double[] {10, MISS, MISS}).isCensored());
        assertTrue(Double.isNaN(CensoredMedian.of(new double[0]).value()));
    }
}
