package dev.ednag.core.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tables of spec §3.2–3.5 and §10.1 items 1–4. */
class SchedulesTest {

    private static final double TOL = 1e-10;

    @Test
    void cosineHitsBothEndsExactly() {
        double[] a = new CosineSchedule().alphas(100);
        assertEquals(100, a.length);
        assertEquals(1.0, a[0]);
        assertEquals(0.0, a[99]);
        assertEquals(0.9997482712, a[1], TOL);
        assertEquals(2.517288e-4, a[98], 1e-10);
        assertEquals(0.492067018, a[50], 1e-9);
        assertEquals(0.507932982, a[49], 1e-9);
        for (int k = 1; k < a.length; k++) {
            assertTrue(a[k] < a[k - 1], "strictly decreasing at " + k);
        }
        // Exact ends for every length, not only where cos(π) happens to round to −1.
        for (int n = 2; n < 300; n++) {
            double[] t = new CosineSchedule().alphas(n);
            assertEquals(1.0, t[0]);
            assertEquals(0.0, t[n - 1]);
        }
    }

    @Test
    void diffusionEvolutionCosineIsRescaled() {
        double[] a = new RescaledCosineSchedule().alphas(100);
        assertEquals(0.999, a[0], 1e-15);
        assertEquals(9.98002e-4, a[99], 1e-9);
        assertEquals(0.9987487741, a[1], TOL);
    }

    @Test
    void linearTable() {
        double[] a = PowerSchedule.linear().alphas(100);
        assertEquals(0.9999, a[0], 1e-15);
        assertEquals(0.9898000001, a[1], TOL);
        assertEquals(0.0101000099, a[98], TOL);
        assertEquals(1e-8, a[99], 1e-20);
    }

    @Test
    void squaredTable() {
        double[] a = new PowerSchedule(2).alphas(100);
        assertEquals(0.99980001, a[0], 1e-14);
        assertEquals(0.9797060396, a[1], TOL);
        assertEquals(1.0401939e-4, a[98], 1e-11);
        assertEquals(1e-8, a[99], 1e-20);
    }

    @Test
    void ddpmApproximation() {
        DdpmSchedule s = new DdpmSchedule();
        assertEquals(-0.0829322259, s.beta(100), TOL);
        assertEquals(9.2932725979, s.gamma(100), TOL);
        double[] a = s.alphas(100);
        assertEquals(0.9999, a[0], 1e-13);
        assertEquals(0.9979434531, a[1], TOL);
        assertEquals(1.2021442e-4, a[98], 1e-11);
        assertEquals(1.0e-4, a[99], 1e-13);
        // The construction pins both ends for any length.
        double[] b = s.alphas(7);
        assertEquals(0.9999, b[0], 1e-13);
        assertEquals(1e-4, b[6], 1e-13);
    }

    @Test
    void stableNames() {
        assertEquals("cosine", new CosineSchedule().name());
        assertEquals("cosine-rescaled", new RescaledCosineSchedule().name());
        assertEquals("power(1)", PowerSchedule.linear().name());
        assertEquals("power(2.5)", new PowerSchedule(2.5).name());
        assertEquals("power(3,eps=0.001)", new PowerSchedule(3, 1e-3).name());
        assertEquals("ddpm", new DdpmSchedule().name());
        assertEquals("ddpm(eps=0.001)", new DdpmSchedule(1e-3).name());
    }

    @Test
    void tooFewStepsAndBadParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CosineSchedule().alphas(1));
        assertThrows(IllegalArgumentException.class, () -> new DdpmSchedule().alphas(1));
        assertThrows(IllegalArgumentException.class, () -> new PowerSchedule(0));
        assertThrows(IllegalArgumentException.class, () -> new PowerSchedule(1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new DdpmSchedule(0));
    }
}
