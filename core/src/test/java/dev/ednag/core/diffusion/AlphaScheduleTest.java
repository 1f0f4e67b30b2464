package dev.ednag.core.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlphaScheduleTest {

    @Test
    void iterationsWalkTheTableBackwardsInPairs() {
        List<DenoisingStep> steps = AlphaSchedule.iterations(new double[] {1.0, 0.7, 0.4, 0.1});
        assertEquals(List.of(
                new DenoisingStep(0, 3, 0.1, 0.4),
                new DenoisingStep(1, 2, 0.4, 0.7),
                new DenoisingStep(2, 1, 0.7, 1.0)), steps);
    }

    @Test
    void cosineHundredStepsGivesNinetyNineIterations() {
        List<DenoisingStep> steps = new CosineSchedule().iterations(100);
        assertEquals(99, steps.size());
        DenoisingStep first = steps.get(0);
        assertEquals(0, first.iteration());
        assertEquals(99, first.t());
        assertEquals(0.0, first.alpha());
        assertEquals(2.517288e-4, first.alphaPrev(), 1e-10);
        DenoisingStep last = steps.get(98);
        assertEquals(98, last.iteration());
        assertEquals(1, last.t());
        assertEquals(0.9997482712, last.alpha(), 1e-10);
        assertEquals(1.0, last.alphaPrev());
    }

    @Test
    void tableOfOneHasNoIterationsAndEmptyTableIsRejected() {
        assertTrue(AlphaSchedule.iterations(new double[] {1.0}).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> AlphaSchedule.iterations(new double[0]));
    }

    @Test
    void iterationsAreUnmodifiable() {
        List<DenoisingStep> steps = AlphaSchedule.iterations(new double[] {1.0, 0.0});
        assertThrows(UnsupportedOperationException.class, steps::clear);
    }
}
