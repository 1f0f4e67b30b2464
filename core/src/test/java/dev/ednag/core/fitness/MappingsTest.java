package dev.ednag.core.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spec §4.2–4.3 and §10.1 item 9. */
class MappingsTest {

    @Test
    void ednagEnergyPutsEToTheFiveOnTheBest() {
        double[] g = EnergyMapping.maximizing(1.0).map(new double[] {477.8, 476.8, 0});
        assertEquals(148.413159, g[0], 1e-6);
        assertEquals(Math.exp(5), g[0], 1e-12);
        assertEquals(54.598150, g[1], 1e-6);
        assertEquals(Math.exp(5 - 477.8), g[2], 1e-210);
        assertTrue(g[2] > 0 && g[2] < 1e-200);
    }

    @Test
    void energyTemperatureScalesTheGaps() {
        double[] g = EnergyMapping.maximizing(2.0).map(new double[] {10, 8});
        assertEquals(Math.exp(5), g[0], 1e-12);
        assertEquals(Math.exp(4), g[1], 1e-12);
    }

    @Test
    void diffusionEvolutionEnergyMinimises() {
        double[] g = EnergyMapping.minimizing(1.0).map(new double[] {3, 1, 2});
        assertArrayEquals(new double[] {Math.exp(3), Math.exp(5), Math.exp(4)}, g, 1e-12);
        assertEquals("energy-min(T=1.0)", EnergyMapping.minimizing(1.0).name());
        assertEquals("energy-max(T=1.0)", EnergyMapping.maximizing(1.0).name());
    }

    @Test
    void energyDoesNotModifyItsInputAndRejectsBadTemperatures() {
        double[] f = {1, 2};
        double[] g = EnergyMapping.maximizing(1).map(f);
        assertNotSame(f, g);
        assertArrayEquals(new double[] {1, 2}, f);
        assertThrows(IllegalArgumentException.class, () -> EnergyMapping.maximizing(0));
        assertEquals(0, EnergyMapping.maximizing(1).map(new double[0]).length);
    }

    @Test
    void identityPenaltyUsesTheNormOfTheWholeFitnessVector() {
        double[] f = {1, 2, 2};
        assertArrayEquals(f, new IdentityMapping().map(f), 0.0);
        double factor = Math.exp(-0.1 * 9);
        assertArrayEquals(new double[] {factor, 2 * factor, 2 * factor}, new IdentityMapping(0.1).map(f), 1e-15);
        assertEquals("identity", new IdentityMapping().name());
    }

    @Test
    void powerMapping() {
        assertArrayEquals(new double[] {0.125, 1, 8}, new PowerMapping(3, 2).map(new double[] {1, 2, 4}), 1e-15);
        assertArrayEquals(new double[] {4, 9}, new PowerMapping(2).map(new double[] {2, 3}), 1e-15);
    }

    @Test
    void expMappingAndItsAllZeroCase() {
        ExpMapping m = new ExpMapping();
        assertArrayEquals(new double[3], m.map(new double[3]), 0.0);
        double[] g = m.map(new double[] {0, 50, 100});
        assertArrayEquals(new double[] {Math.exp(-2), Math.exp(-1), 1.0}, g, 1e-15);
        assertEquals(50.0, m.temperature());
        assertEquals(100.0, m.max());
    }
}
