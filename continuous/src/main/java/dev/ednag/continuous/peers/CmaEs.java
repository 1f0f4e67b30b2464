package dev.ednag.continuous.peers;

import dev.ednag.continuous.BatchFitness;
import dev.ednag.continuous.ContinuousOptimizer;
import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.continuous.Generation;
import dev.ednag.core.run.RandomStreams;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * CMA-ES, as Commons Math's {@link CMAESOptimizer} runs it: mean at the origin, step size s on
 * every coordinate, λ = N offspring per iteration, full covariance, no bounds.
 *
 * <p><b>Budget.</b> Before its first iteration the library scores its initial mean (the origin)
 * once; it then scores λ points per iteration and nothing else. A budget of N·G therefore buys
 * G − 1 iterations: 1 + N·(G − 1) evaluations. The first iteration samples N(0, s²) per coordinate,
 * the distribution the other optimizers start from, and is generation 0 of the trace; the origin's
 * evaluation is counted but belongs to no generation. {@code MaxEval(N·G)} is only a guard: were
 * it reached, the library would catch the exception mid-iteration and return without using the
 * partial generation.
 *
 * <p><b>Stopping.</b> The library may stop before its last iteration on its own tolerances, always
 * after a complete generation: best and worst fitness of the current and recent generations
 * within 1e−12 (once its history of 10 + ⌊30d/λ⌋ generations is full), the history's range within
 * 1e−13, all coordinate deviations below 1e−11·s or one above 1e3·s, or the covariance's condition
 * number above 1e14. The stop fitness is off and no convergence checker is set.
 *
 * <p><b>Final population.</b> The λ points of the last complete generation the library scored (its
 * samples, not its updated mean, which it never scores), ranked by their own fitness. Points are
 * recorded as scored, and each block of λ after the origin is one generation.
 */
public final class CmaEs implements ContinuousOptimizer {

    private final PeerBudget budget;
    private final boolean activeCma;

    /** With active covariance updates, the library's recommended default. */
    public CmaEs(int population, int generations, double scaling) {
        this(population, generations, scaling, true);
    }

    /**
     * @param population  λ, offspring per iteration (N), at least 2
     * @param generations G, at least 2: the budget N·G is spent as the origin plus G − 1 iterations
     * @param scaling     s, the initial step size on every coordinate
     * @param activeCma   whether the covariance update also learns from the worst offspring
     */
    public CmaEs(int population, int generations, double scaling, boolean activeCma) {
        this.budget = new PeerBudget(population, generations, scaling);
        if (population < 2) {
            // The library recombines the best λ/2 offspring: λ = 1 leaves none.
            throw new IllegalArgumentException("CMA-ES needs a population of at least 2, got " + population);
        }
        if (generations < 2) {
            throw new IllegalArgumentException(
                    "CMA-ES needs at least 2 generations: scoring its initial mean leaves N·G - 1 < N otherwise");
        }
        this.activeCma = activeCma;
    }

    /** Iterations the library may run: one generation of the budget pays for the initial mean. */
    int iterations() {
        return budget.generations() - 1;
    }

    @Override
    public String name() {
        return "cmaes";
    }

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> m = new LinkedHashMap<>();
        budget.putInto(m);
        m.put("iterations", iterations());
        m.put("maxEvaluations", budget.evaluations());
        m.put("activeCma", activeCma);
        m.put("diagonalOnly", 0);
        m.put("checkFeasibleCount", 0);
        m.put("stopFitness", 0.0);
        return m;
    }

    @Override
    public ContinuousOutcome optimize(BatchFitness fitness, int dim, RandomStreams random, boolean keepTrace) {
        Recorder recorder = new Recorder(new CountingFitness(fitness), budget.population(), keepTrace);
        CMAESOptimizer optimizer = new CMAESOptimizer(iterations(), 0.0, activeCma, 0, 0,
                new MersenneTwister(random.stream("cmaes").nextLong()), false, null);
        double[] sigma = new double[dim];
        Arrays.fill(sigma, budget.scaling());
        optimizer.optimize(
                new MaxEval((int) Math.min(Integer.MAX_VALUE, budget.evaluations())),
                new ObjectiveFunction(recorder),
                GoalType.MAXIMIZE,
                new InitialGuess(new double[dim]),
                new CMAESOptimizer.Sigma(sigma),
                new CMAESOptimizer.PopulationSize(budget.population()),
                SimpleBounds.unbounded(dim));
        Generation last = recorder.blocks.last().orElseThrow(
                () -> new IllegalStateException("CMA-ES ended without a complete generation"));
        return new ContinuousOutcome(Rows.copy(last.positions()), last.fitness().clone(),
                recorder.counted.scored(), recorder.blocks.all());
    }

    /** Scores the library's points one at a time and files all but the first (its initial mean). */
    private static final class Recorder implements MultivariateFunction {
        final CountingFitness counted;
        final GenerationBlocks blocks;
        private boolean meanScored;

        Recorder(CountingFitness counted, int population, boolean keepTrace) {
            this.counted = counted;
            this.blocks = new GenerationBlocks(population, keepTrace);
        }

        @Override
        public double value(double[] point) {
            double[] x = point.clone();
            double v = counted.evaluate(new double[][] {x})[0];
            if (meanScored) {
                blocks.add(x, v);
            } else {
                meanScored = true;
            }
            return v;
        }
    }
}
