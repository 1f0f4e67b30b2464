package dev.ednag.continuous.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry: names, dimensions, settings, and the fitness at each problem's optima. */
class ProblemSuiteTest {

    private static final double C = RastriginCorners.COORDINATE;
    private static final double T = AckleyBoxMaxima.COORDINATE;

    private static double fitness(ContinuousProblem problem, double[] x) {
        return problem.fitness().evaluate(new double[][] {x})[0];
    }

    @Test
    void listsItsNamesInOrder() {
        assertEquals(List.of("rosenbrock", "beale", "himmelblau", "ackley", "rastrigin", "rastrigin-4d",
                "rastrigin-32d", "rastrigin-256d", "sphere", "two-peak", "two-peak-step"), ProblemSuite.names());
    }

    @Test
    void everyBenchmarkScoresAboutOneAtEachOptimum() {
        assertEquals(1, fitness(ProblemSuite.problem("rosenbrock"), new double[] {1, 1}));
        assertEquals(1, fitness(ProblemSuite.problem("beale"), new double[] {3, 0.5}));
        for (double[] m : HimmelblauMinima.points()) {
            assertEquals(1, fitness(ProblemSuite.problem("himmelblau"), m), 1e-15);
        }
        for (double[] m : AckleyBoxMaxima.points()) {
            assertEquals(1, fitness(ProblemSuite.problem("ackley"), m), 1e-5);
        }
        assertEquals(1, fitness(ProblemSuite.problem("rastrigin"), new double[] {C, -C}), 1e-5);
        for (int dim : new int[] {4, 32, 256}) {
            ContinuousProblem problem = ProblemSuite.problem("rastrigin-" + dim + "d");
            assertEquals(dim, problem.dim());
            assertEquals(1, fitness(problem, TestFunctionsTest.filled(dim, -C)), 1e-5, problem.name());
        }
        assertEquals(1, fitness(ProblemSuite.problem("sphere"), new double[2]));
    }

    @Test
    void keepsTheReferenceQuirksAndScoresBetweenZeroAndOne() {
        assertEquals(0.70623, fitness(ProblemSuite.problem("rosenbrock"), new double[] {9, 9}), 1e-5);
        assertEquals(0, fitness(ProblemSuite.problem("ackley"), new double[] {9, 9}));
        assertEquals(0, fitness(ProblemSuite.problem("rastrigin_32d"), TestFunctionsTest.filled(32, 5)));
        double[] values = ProblemSuite.problem("beale").fitness().evaluate(new double[][] {{0, 0}, {-4, -4}, {2, 1}});
        for (double v : values) {
            assertTrue(v >= 0 && v <= 1, Double.toString(v));
        }
    }

    @Test
    void temperatureSharpensTheFitness() {
        double[] x = {0, 0};
        double warm = fitness(ProblemSuite.problem("himmelblau", 2), x);
        double cold = fitness(ProblemSuite.problem("himmelblau", 0.25), x);
        assertTrue(cold < fitness(ProblemSuite.problem("himmelblau"), x) && warm > cold);
        assertThrows(IllegalArgumentException.class, () -> ProblemSuite.problem("himmelblau", 0));
    }

    @Test
    void benchmarksStartWideAndToysNarrow() {
        ContinuousProblem ackley = ProblemSuite.problem("ackley");
        assertEquals(4, ackley.scaling());
        assertEquals(4, ackley.plotLimit());
        assertEquals("4 box maxima", ackley.optima().orElseThrow().describe());
        ContinuousProblem toy = ProblemSuite.problem("two-peak");
        assertEquals(1, toy.scaling());
        assertEquals(2, toy.plotLimit());
        assertEquals("2 peaks", toy.optima().orElseThrow().describe());
    }

    @Test
    void twoPeakFitnessIsTheDensityAndIgnoresTemperature() {
        double[] x = {0.8, 1.1};
        assertEquals(new TwoPeakDensity(0.25).value(x), fitness(ProblemSuite.problem("two-peak", 5), x));
        assertEquals(1, fitness(ProblemSuite.problem("two_peak_step"), x));
        assertEquals(1e-9, fitness(ProblemSuite.problem("two-peak-step"), new double[] {0, 0}));
    }

    @Test
    void acceptsUnderscoresAndSpheresOfAnyDimension() {
        assertEquals("rastrigin-4d", ProblemSuite.problem("rastrigin_4d").name());
        ContinuousProblem sphere = ProblemSuite.problem("sphere_7d");
        assertEquals(7, sphere.dim());
        assertEquals("1 minimum", sphere.optima().orElseThrow().describe());
        assertEquals(2, ProblemSuite.problem("sphere").dim());
        // mean squared coordinate 1 scores the same in every dimension
        double pMin = Math.exp(-2);
        double expected = (Math.exp(-1.0 / 8) - pMin) / (1 - pMin);
        assertEquals(expected, fitness(sphere, TestFunctionsTest.filled(7, 1)), 1e-12);
        assertEquals(expected, fitness(ProblemSuite.problem("sphere"), new double[] {1, -1}), 1e-12);
        assertEquals(0, fitness(sphere, TestFunctionsTest.filled(7, 4)), "the box corner");
        assertEquals(0, fitness(sphere, TestFunctionsTest.filled(7, 0.1 - 4.2)), "outside the box");
    }

    @Test
    void unknownNamesListTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProblemSuite.problem("griewank"));
        assertTrue(e.getMessage().contains("griewank") && e.getMessage().contains("rastrigin-32d")
                && e.getMessage().contains("sphere-<N>d"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProblemSuite.problem("sphere-0d"));
        assertThrows(IllegalArgumentException.class, () -> ProblemSuite.problem("sphere-99999999999d"));
        assertThrows(IllegalArgumentException.class, () -> ProblemSuite.problem("rastrigin-3d"));
    }
}
