package dev.ednag.neural.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CosineLearningRateTest {

    @Test
    void fallsAlongHalfACosineToZero() {
        CosineLearningRate schedule = new CosineLearningRate(0.1, 10);
        assertEquals(0.1, schedule.rateAt(0), 1e-15);
        assertEquals(0.05, schedule.rateAt(5), 1e-15);
        assertEquals(0.1 * 0.5 * (1 + Math.cos(Math.PI * 0.9)), schedule.rateAt(9), 1e-15);
        assertEquals(0.0, schedule.rateAt(10));
        assertEquals(0.0, schedule.rateAt(11));
    }

    @Test
    void djlUpdateNumbersStartAtOne() {
        CosineLearningRate schedule = new CosineLearningRate(0.1, 10);
        assertEquals(0.1f, schedule.getNewValue(1));
        assertEquals(0.05f, schedule.getNewValue(6), 1e-8);
    }

    @Test
    void rejectsBadSettings() {
        assertEquals("a cosine schedule needs at least 1 step, got 0",
                assertThrows(IllegalArgumentException.class, () -> new CosineLearningRate(0.1, 0)).getMessage());
        assertEquals("initial learning rate must be positive and finite, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new CosineLearningRate(-1, 5)).getMessage());
    }
}
