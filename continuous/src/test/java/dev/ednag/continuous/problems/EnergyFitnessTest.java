package dev.ednag.continuous.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The energy wrapper's formula and the quirks of the reference's constants. */
class EnergyFitnessTest {

    private static EnergyFitness rosenbrock() {
        return new EnergyFitness(BoxedObjective.minimizing(new Rosenbrock()), new EnergyScale(0, 287.51, 40009), 1);
    }

    @Test
    void rosenbrockOutsideTheBoxStillScoresAbout0706() {
        assertEquals(0.70623, rosenbrock().value(new double[] {5, 5}), 1e-5);
    }

    @Test
    void rosenbrockAtItsBoxCornerIsClampedToZero() {
        // 40025 lies past D_max = 40009, so the unclamped formula would be slightly negative.
        assertEquals(0.0, rosenbrock().value(new double[] {-4, -4}));
    }

    @Test
    void maximisedFunctionsScoreZeroOutsideTheBox() {
        EnergyFitness ackley = new EnergyFitness(BoxedObjective.maximizing(new Ackley()),
                new EnergyScale(-12.5401, 2, 12.5401), 1);
        EnergyFitness rastrigin = new EnergyFitness(BoxedObjective.maximizing(new Rastrigin()),
                new EnergyScale(-64.6249, 30, 64.6249), 1);
        assertEquals(0.0, ackley.value(new double[] {4.2, 0}));
        assertEquals(0.0, rastrigin.value(new double[] {0, -4.2}));
    }

    @Test
    void followsTheFormulaAtAnotherTemperature() {
        EnergyFitness himmelblau = new EnergyFitness(BoxedObjective.minimizing(new Himmelblau()),
                new EnergyScale(0, 17.01, 308.803), 0.5);
        double width = 0.5 * 17.01;
        double pMin = Math.exp(-308.803 / width);
        double expected = (Math.exp(-170 / width) - pMin) / (1 - pMin);
        assertEquals(expected, himmelblau.value(new double[] {0, 0}), 1e-15);
        assertEquals(1, himmelblau.value(new double[] {3, 2}));
    }

    @Test
    void temperatureMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new EnergyFitness(
                BoxedObjective.minimizing(new Sphere()), new EnergyScale(0, 1, 1), 0));
    }
}
