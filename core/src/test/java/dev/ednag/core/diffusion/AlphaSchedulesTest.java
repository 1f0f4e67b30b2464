package dev.ednag.core.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlphaSchedulesTest {

    @Test
    void parsesEveryForm() {
        assertEquals(0.999, AlphaSchedules.parse("de-cosine").alphas(100)[0], 1e-12);
        assertEquals(1.0, AlphaSchedules.parse("Cosine").alphas(100)[0], 0.0);
        assertArrayEquals(new PowerSchedule(1).alphas(10), AlphaSchedules.parse("linear").alphas(10), 0.0);
        assertArrayEquals(new PowerSchedule(2).alphas(10), AlphaSchedules.parse("power:2").alphas(10), 0.0);
        assertEquals(0.9999, AlphaSchedules.parse("ddpm").alphas(100)[0], 1e-12);
    }

    @Test
    void unknownNamesListTheForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AlphaSchedules.parse("sigmoid"));
        assertTrue(e.getMessage().contains("de-cosine"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AlphaSchedules.parse("power:x"));
        assertThrows(IllegalArgumentException.class, () -> AlphaSchedules.parse("power:-1"));
    }
}
