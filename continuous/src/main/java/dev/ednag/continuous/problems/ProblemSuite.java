package dev.ednag.continuous.problems;

import dev.ednag.continuous.BatchFitness;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The continuous problems by name: the reference's benchmark functions behind its box and energy
 * wrappers, a sphere in any dimension, and the two-peak toys. Underscores in a name read as
 * hyphens, so {@code rastrigin_32d} is {@code rastrigin-32d}.
 */
public final class ProblemSuite {

    /** The reference's default temperature of the energy wrapper. */
    public static final double DEFAULT_TEMPERATURE = 1;

    /** The benchmarks start from N(0, 1) times 4, and pictures show their whole box. */
    static final double BENCHMARK_SCALING = 4;
    static final double BENCHMARK_PLOT_LIMIT = BoxedObjective.DEFAULT_LIMIT;

    /** The two-peak toys live near (±1, ±1). */
    static final double TOY_SCALING = 1;
    static final double TOY_PLOT_LIMIT = 2;

    private static final Pattern SPHERE = Pattern.compile("sphere-(\\d+)d");

    private static final Map<String, Factory> FACTORIES = factories();

    private ProblemSuite() {}

    /** The registered names; {@code sphere-<N>d} is accepted too, for every N of at least 1. */
    public static List<String> names() {
        return List.copyOf(FACTORIES.keySet());
    }

    /** The problem {@code name} at the default temperature. */
    public static ContinuousProblem problem(String name) {
        return problem(name, DEFAULT_TEMPERATURE);
    }

    /**
     * The problem {@code name}; {@code temperature} is the energy wrapper's T and does not affect
     * the two-peak toys, whose fitness is the density itself.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public static ContinuousProblem problem(String name, double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive and finite, got " + temperature);
        }
        String key = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        Factory factory = FACTORIES.get(key);
        if (factory != null) {
            return factory.make(key, temperature);
        }
        Matcher sphere = SPHERE.matcher(key);
        if (sphere.matches()) {
            int dim = parseDimension(sphere.group(1), name);
            return sphere(key, dim, temperature);
        }
        throw new IllegalArgumentException("unknown continuous problem '" + name + "'; valid: "
                + String.join(", ", names()) + ", or sphere-<N>d");
    }

    private static Map<String, Factory> factories() {
        Map<String, Factory> map = new LinkedHashMap<>();
        map.put("rosenbrock", (name, t) -> benchmark(name, BoxedObjective.minimizing(new Rosenbrock()), 2,
                new EnergyScale(0, 287.51, 40009), t, new ListedOptima("1 minimum", List.of(new double[] {1, 1}))));
        map.put("beale", (name, t) -> benchmark(name, BoxedObjective.minimizing(new Beale()), 2,
                new EnergyScale(0, 20, 72769.2), t, new ListedOptima("1 minimum", List.of(new double[] {3, 0.5}))));
        map.put("himmelblau", (name, t) -> benchmark(name, BoxedObjective.minimizing(new Himmelblau()), 2,
                new EnergyScale(0, 17.01, 308.803), t, HimmelblauMinima.optima()));
        map.put("ackley", (name, t) -> benchmark(name, BoxedObjective.maximizing(new Ackley()), 2,
                new EnergyScale(-12.5401, 2, 12.5401), t, AckleyBoxMaxima.optima()));
        map.put("rastrigin", rastrigin(2, new EnergyScale(-64.6249, 30, 64.6249)));
        map.put("rastrigin-4d", rastrigin(4, new EnergyScale(-129.2498, 60, 129.2498)));
        map.put("rastrigin-32d", rastrigin(32, new EnergyScale(-1033.9980, 500, 1033.9980)));
        map.put("rastrigin-256d", rastrigin(256, new EnergyScale(-8271.9844, 4000, 8271.9844)));
        map.put("sphere", (name, t) -> sphere(name, 2, t));
        map.put("two-peak", (name, t) -> toy(name, new TwoPeakDensity()));
        map.put("two-peak-step", (name, t) -> toy(name, new TwoPeakStep()));
        return map;
    }

    private static Factory rastrigin(int dim, EnergyScale energy) {
        return (name, t) -> benchmark(name, BoxedObjective.maximizing(new Rastrigin()), dim, energy, t,
                new RastriginCorners(dim));
    }

    /**
     * The sphere, which the reference does not benchmark. D_max is its largest value in the box,
     * 16·d, and s = D_max/2 = 8·d, the ratio the reference uses for Rastrigin, its other
     * any-dimension function; then a point whose mean squared coordinate is v scores
     * (exp(−v/(8T)) − p_min)/(1 − p_min) with p_min = exp(−2/T), whatever d. Outside the box the objective is D_max, so such points score 0 rather
     * than inheriting Rosenbrock's fixed 100.
     */
    private static ContinuousProblem sphere(String name, int dim, double temperature) {
        double dMax = 16.0 * dim;
        BoxedObjective objective = new BoxedObjective(new Sphere(), false, BoxedObjective.DEFAULT_LIMIT, dMax);
        return benchmark(name, objective, dim, new EnergyScale(0, dMax / 2, dMax), temperature,
                new ListedOptima("1 minimum", List.of(new double[dim])));
    }

    private static ContinuousProblem benchmark(String name, BoxedObjective objective, int dim, EnergyScale energy,
            double temperature, KnownOptima optima) {
        EnergyFitness fitness = new EnergyFitness(objective, energy, temperature);
        String description = String.format(Locale.ROOT,
                "%s in %d-D, %s in [-%s, %s]^%d, energy fitness (target %s, s %s, D_max %s, T %s)",
                objective.function().name(), dim, objective.maximize() ? "maximised" : "minimised",
                number(objective.limit()), number(objective.limit()), dim, number(energy.target()),
                number(energy.scale()), number(energy.dMax()), number(temperature));
        return new ContinuousProblem(name, dim, fitness.batch(), BENCHMARK_SCALING, BENCHMARK_PLOT_LIMIT,
                Optional.of(optima), description);
    }

    private static ContinuousProblem toy(String name, TestFunction density) {
        return new ContinuousProblem(name, 2, BatchFitness.pointwise(density::value), TOY_SCALING, TOY_PLOT_LIMIT,
                Optional.of(new ListedOptima("2 peaks", TwoPeakDensity.PEAKS)),
                density.name() + " toy in 2-D, fitness the density itself");
    }

    private static int parseDimension(String digits, String name) {
        try {
            int dim = Integer.parseInt(digits);
            if (dim >= 1) {
                return dim;
            }
        } catch (NumberFormatException tooLarge) {
            // reported below
        }
        throw new IllegalArgumentException("'" + name + "' needs a dimension from 1 to " + Integer.MAX_VALUE);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }

    @FunctionalInterface
    private interface Factory {
        ContinuousProblem make(String name, double temperature);
    }
}
