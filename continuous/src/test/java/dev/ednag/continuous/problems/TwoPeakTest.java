package dev.ednag.continuous.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The two-peak toy density and its step variant. */
class TwoPeakTest {

    @Test
    void densityIsAboutOneAtEachPeakAndGaussianAround() {
        TwoPeakDensity density = new TwoPeakDensity();
        assertEquals(1, density.value(new double[] {1, 1}), 1e-12);
        assertEquals(1, density.value(new double[] {-1, -1}), 1e-12);
        // at the origin each peak is sqrt(2) away: 2·exp(−2/(2·0.25²)) = 2e^−16
        assertEquals(2 * Math.exp(-16), density.value(new double[] {0, 0}), 1e-20);
        // 0.5 from μ2, and 10.25 squared from μ1
        assertEquals(Math.exp(-0.5) + Math.exp(-20.5), new TwoPeakDensity(0.5).value(new double[] {1.5, 1}), 1e-15);
    }

    @Test
    void stepIsOneStrictlyInsideEitherPlateau() {
        TwoPeakStep step = new TwoPeakStep();
        assertEquals(1, step.value(new double[] {-1.3, -1.3}));
        assertEquals(1, step.value(new double[] {0.6, 1}));
        assertEquals(TwoPeakStep.FLOOR, step.value(new double[] {0.5, 1}), "the rim is outside");
        assertEquals(TwoPeakStep.FLOOR, step.value(new double[] {0, 0}));
    }

    @Test
    void widthsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new TwoPeakDensity(0));
        assertThrows(IllegalArgumentException.class, () -> new TwoPeakStep(-1));
    }
}
