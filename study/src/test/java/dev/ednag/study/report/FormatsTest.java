package dev.ednag.study.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ednag.study.stats.CensoredMedian;
import dev.ednag.study.stats.Summary;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void pValuesHaveTwoSignificantDigits() {
        assertEquals("1.0", Formats.pValue(1.0));
        assertEquals("0.41", Formats.pValue(0.4123));
        assertEquals("0.050", Formats.pValue(0.05));
        assertEquals("0.0031", Formats.pValue(0.003125));
        assertEquals("0.00010", Formats.pValue(1e-4));
        assertEquals("<1e-4", Formats.pValue(9.9e-5));
    }

    @Test
    void valuesAndCounts() {
        assertEquals("94.373", Formats.value(94.3733));
        assertEquals("n/a", Formats.value(Double.NaN));
        assertEquals("-0.120", Formats.signed(-0.12));
        assertEquals("+0.000", Formats.signed(0.0));
        assertEquals("93.000 ± n/a", Formats.meanCi(Summary.of(new double[] {93})));
        assertEquals("45", Formats.count(45.0));
        assertEquals("45.5", Formats.count(45.5));
        assertEquals(">150", Formats.count(CensoredMedian.of(new double[] {Double.POSITIVE_INFINITY}), 150));
        assertEquals("12.3 s", Formats.duration(12_345));
        assertEquals("3.00 h", Formats.duration(10_800_000));
        assertEquals("a \\| b", Formats.cell("a | b"));
    }
}
