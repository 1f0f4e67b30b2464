package dev.ednag.continuous.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The objective wrapper: its sign and the box it always applies. */
class BoxedObjectiveTest {

    @Test
    void minimisingKeepsTheSignAndMaximisingFlipsIt() {
        assertEquals(170, BoxedObjective.minimizing(new Himmelblau()).value(new double[] {0, 0}));
        assertEquals(-5, BoxedObjective.maximizing(new Rastrigin()).value(new double[] {1, 2}), 1e-12);
    }

    @Test
    void anyCoordinateOutsideTheBoxGetsTheLimitValue() {
        assertEquals(100, BoxedObjective.minimizing(new Rosenbrock()).value(new double[] {1, 4.01}));
        assertEquals(1e-9, BoxedObjective.maximizing(new Ackley()).value(new double[] {-4.5, 0}));
        assertEquals(1e-9, BoxedObjective.maximizing(new Rastrigin()).value(new double[] {0, 0, 0, -9}));
    }

    @Test
    void theBoxIncludesItsFaces() {
        assertEquals(40025, BoxedObjective.minimizing(new Rosenbrock()).value(new double[] {-4, -4}));
    }

    @Test
    void theBoxAndItsValueAreConfigurable() {
        BoxedObjective narrow = new BoxedObjective(new Sphere(), false, 1, 7);
        assertEquals(7, narrow.value(new double[] {1.5, 0}));
        assertEquals(1, narrow.value(new double[] {1, 0}));
    }
}
