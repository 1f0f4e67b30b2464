package dev.ednag.core.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScaledStretchTest {

    @Test
    void nb201Factors() {
        assertEquals(1.0, ScaledStretch.nb201Cifar10().factor());
        assertEquals(1.2, ScaledStretch.nb201Cifar100().factor());
        assertEquals(2.0, ScaledStretch.nb201ImageNet16().factor());
        assertEquals(AccuracyStretch.Variant.PLAIN, ScaledStretch.nb201ImageNet16().variant());
        assertEquals(477.8, ScaledStretch.nb201Cifar10().apply(94.37), 1e-9);
        // The published optima land near the steep end: 73.51·1.2 = 88.212, 47.31·2 = 94.62.
        assertEquals(153 + 30 * (73.51 * 1.2 - 85), ScaledStretch.nb201Cifar100().apply(73.51), 1e-9);
        assertEquals(303 + 40 * (47.31 * 2 - 90), ScaledStretch.nb201ImageNet16().apply(47.31), 1e-9);
    }

    @Test
    void nb101Nb301UseTheirFactorAndZeroing() {
        ScaledStretch s = ScaledStretch.nb101Nb301();
        assertEquals(1.05, s.factor());
        assertEquals(0.0, s.apply(0.009));
        assertEquals(AccuracyStretch.apply(1.05 * 90, AccuracyStretch.Variant.ZERO_BELOW_0_01), s.apply(90));
    }

    @Test
    void applyAllMapsEachValue() {
        ScaledStretch s = new ScaledStretch(1.2, AccuracyStretch.Variant.PLAIN);
        double[] raw = {0, 50, 80};
        assertArrayEquals(new double[] {s.apply(0), s.apply(50), s.apply(80)}, s.applyAll(raw));
        assertEquals(23 + 2 * (60 - 50), s.apply(50), 1e-12);
    }

    @Test
    void variantIsRequired() {
        assertThrows(NullPointerException.class, () -> new ScaledStretch(1.0, null));
    }
}
