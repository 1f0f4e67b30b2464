package dev.ednag.continuous.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The formulas of the benchmark functions at points whose values are known. */
class TestFunctionsTest {

    private static double at(TestFunction f, double... x) {
        return f.value(x);
    }

    @Test
    void rosenbrockIsZeroAtOnesInEveryDimensionAndKnownElsewhere() {
        assertEquals(0, at(new Rosenbrock(), 1, 1));
        assertEquals(0, at(new Rosenbrock(), 1, 1, 1, 1, 1));
        assertEquals(1, at(new Rosenbrock(), 0, 0));
        assertEquals(25 + 40000, at(new Rosenbrock(), -4, -4), "the box corner");
        assertEquals(1 + 100 + 0 + 100, at(new Rosenbrock(), 0, 1, 0), 1e-12, "two terms of a 3-D point");
    }

    @Test
    void bealeIsZeroAtItsMinimum() {
        assertEquals(0, at(new Beale(), 3, 0.5));
        assertEquals(1.5 * 1.5 + 2.25 * 2.25 + 2.625 * 2.625, at(new Beale(), 0, 0), 1e-12);
    }

    @Test
    void himmelblauIsZeroAtThreeTwo() {
        assertEquals(0, at(new Himmelblau(), 3, 2));
        assertEquals(121 + 49, at(new Himmelblau(), 0, 0));
    }

    @Test
    void ackleyIsZeroAtTheOriginAndPeaksAtTheBoxMaximum() {
        assertEquals(0, at(new Ackley(), 0, 0), 1e-12);
        double t = AckleyBoxMaxima.COORDINATE;
        assertEquals(12.54009, at(new Ackley(), t, -t), 1e-4);
    }

    @Test
    void rastriginIsZeroAtTheOriginAndPeaksAtTheCorners() {
        assertEquals(0, at(new Rastrigin(), 0, 0, 0));
        assertEquals(1 + 4, at(new Rastrigin(), 1, 2), 1e-12, "cosines are 1 at integers");
        double c = RastriginCorners.COORDINATE;
        assertEquals(64.62487, at(new Rastrigin(), c, -c), 1e-4);
        assertEquals(1033.9980, at(new Rastrigin(), filled(32, c)), 1e-3);
        assertEquals(8271.9844, at(new Rastrigin(), filled(256, -c)), 1e-3);
    }

    @Test
    void sphereSumsSquares() {
        assertEquals(0, at(new Sphere(), 0, 0, 0, 0));
        assertEquals(1 + 4 + 9, at(new Sphere(), 1, -2, 3));
    }

    @Test
    void twoDimensionalFunctionsRefuseOtherDimensions() {
        for (TestFunction f : new TestFunction[] {new Beale(), new Himmelblau(), new Ackley(),
                new TwoPeakDensity(), new TwoPeakStep()}) {
            assertEquals(2, f.dim());
            assertThrows(IllegalArgumentException.class, () -> f.value(new double[3]), f.name());
        }
        assertEquals(TestFunction.ANY_DIMENSION, new Rastrigin().dim());
    }

    static double[] filled(int dim, double value) {
        double[] x = new double[dim];
        java.util.Arrays.fill(x, value);
        return x;
    }
}
