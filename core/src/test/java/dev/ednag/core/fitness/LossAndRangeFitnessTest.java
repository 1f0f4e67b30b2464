package dev.ednag.core.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.Goal;
import org.junit.jupiter.api.Test;

class LossAndRangeFitnessTest {

    private static final ReciprocalStretch MICRO_ROOM = new ReciprocalStretch(
            ReciprocalStretch.TNB_MICRO_ROOM_LAYOUT, AccuracyStretch.Variant.ROOM_LAYOUT);

    @Test
    void roomLayoutLossMapsThroughFiftyPlusNumeratorOverLoss() {
        // loss 60.10 (the micro table's best, x100): x = 50 + 2969/60.10 = 99.401, on the top segment.
        double x = 50 + 2969 / 60.10;
        assertEquals(503 + 50 * (x - 95), MICRO_ROOM.apply(60.10), 1e-9);
        assertEquals(Goal.MINIMIZE, MICRO_ROOM.goal());
    }

    @Test
    void lowerLossIsFitterAndInvalidLossesScoreZero() {
        assertTrue(MICRO_ROOM.apply(60) > MICRO_ROOM.apply(61));
        assertTrue(MICRO_ROOM.apply(61) > MICRO_ROOM.apply(120));
        assertEquals(0.0, MICRO_ROOM.apply(0.0));
        assertEquals(0.0, MICRO_ROOM.apply(-3.0));
        // The reference's invalid value 1e8 gives x just above 50, which the room-layout variant zeroes.
        assertEquals(0.0, MICRO_ROOM.apply(1e8));
    }

    @Test
    void reciprocalStretchRejectsBadNumerators() {
        assertThrows(IllegalArgumentException.class, () -> new ReciprocalStretch(0, AccuracyStretch.Variant.PLAIN));
        assertThrows(IllegalArgumentException.class,
                () -> new ReciprocalStretch(Double.POSITIVE_INFINITY, AccuracyStretch.Variant.PLAIN));
    }

    @Test
    void rangeFitnessMapsBestToHundredAndWorstToZeroInEitherDirection() {
        RangeFitness cost = new RangeFitness(2.0, 10.0); // a cost: 2 M params is best
        assertEquals(Goal.MINIMIZE, cost.goal());
        assertEquals(100.0, cost.apply(2.0), 1e-12);
        assertEquals(50.0, cost.apply(6.0), 1e-12);
        assertEquals(0.0, cost.apply(10.0), 1e-12);
        assertEquals(0.0, cost.apply(25.0), "worse than worst is floored, never negative");
        assertEquals(125.0, cost.apply(0.0), 1e-12, "better than the reference best keeps rising");
        RangeFitness accuracy = new RangeFitness(90, 50);
        assertEquals(Goal.MAXIMIZE, accuracy.goal());
        assertEquals(75.0, accuracy.apply(80), 1e-12);
    }

    @Test
    void rangeFitnessNeedsADistinctFiniteRange() {
        assertThrows(IllegalArgumentException.class, () -> new RangeFitness(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new RangeFitness(Double.NaN, 1));
    }

    @Test
    void scaledStretchRejectsNonPositiveFactors() {
        assertThrows(IllegalArgumentException.class, () -> new ScaledStretch(0, AccuracyStretch.Variant.PLAIN));
        assertEquals(Goal.MAXIMIZE, ScaledStretch.nb201Cifar10().goal());
    }
}
