package dev.ednag.continuous.peers;

import dev.ednag.continuous.BatchFitness;
import dev.ednag.continuous.ContinuousOptimizer;
import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.continuous.Generation;
import dev.ednag.core.run.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The textbook (μ/μ_I, λ)-σSA evolution strategy. Generation 0 is λ = N points from N(0, s²) per
 * coordinate, each with step size s. Every later generation replaces the whole population (comma
 * selection): the μ fittest parents are averaged into one recombinant position and one step size
 * (intermediate recombination), and each of the λ offspring first mutates that step size
 * log-normally, σ' = σ·exp(τ·N(0,1)) with τ = 1/√(2d), then its position isotropically,
 * x' = x + σ'·N(0, I). G generations, N·G evaluations; the final population is the last offspring
 * generation, ranked by its own fitness.
 */
public final class MuLambdaEs implements ContinuousOptimizer {

    private final PeerBudget budget;
    private final int parents;

    /** With μ = max(1, λ/4) parents. */
    public MuLambdaEs(int lambda, int generations, double scaling) {
        this(lambda, Math.max(1, lambda / 4), generations, scaling);
    }

    /**
     * @param lambda      offspring per generation (N), at least 2
     * @param parents     μ, the fittest offspring that recombine into the next generation; 1 ≤ μ < λ
     * @param generations generations including the initial one (G)
     * @param scaling     s: the initial distribution's standard deviation and the initial step size
     */
    public MuLambdaEs(int lambda, int parents, int generations, double scaling) {
        this.budget = new PeerBudget(lambda, generations, scaling);
        if (lambda < 2) {
            throw new IllegalArgumentException("a (mu,lambda)-ES needs lambda at least 2, got " + lambda);
        }
        if (parents < 1 || parents >= lambda) {
            // mu = lambda would keep every offspring: no selection at all.
            throw new IllegalArgumentException("mu must be in [1, lambda), got " + parents + " for lambda " + lambda);
        }
        this.parents = parents;
    }

    @Override
    public String name() {
        return "es";
    }

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> m = new LinkedHashMap<>();
        budget.putInto(m);
        m.put("parents", parents);
        m.put("recombination", "intermediate");
        m.put("stepSizeLearningRate", "1/sqrt(2*dim)");
        return m;
    }

    @Override
    public ContinuousOutcome optimize(BatchFitness fitness, int dim, RandomStreams random, boolean keepTrace) {
        CountingFitness counted = new CountingFitness(fitness);
        RandomGenerator mutation = random.stream("es-mutation");
        int lambda = budget.population();
        double tau = 1 / Math.sqrt(2.0 * dim);

        double[][] positions = InitialPopulation.draw(random.stream("es-init"), lambda, dim, budget.scaling());
        double[] steps = new double[lambda];
        Arrays.fill(steps, budget.scaling());
        double[] values = counted.evaluate(positions);
        List<Generation> trace = new ArrayList<>();
        if (keepTrace) {
            trace.add(new Generation(0, Rows.copy(positions), values.clone()));
        }
        for (int g = 1; g < budget.generations(); g++) {
            int[] best = fittest(values, parents);
            double[] centre = new double[dim];
            double step = 0;
            for (int i : best) {
                for (int j = 0; j < dim; j++) {
                    centre[j] += positions[i][j] / parents;
                }
                step += steps[i] / parents;
            }
            positions = new double[lambda][dim];
            steps = new double[lambda];
            for (int k = 0; k < lambda; k++) {
                steps[k] = step * Math.exp(tau * mutation.nextGaussian());
                for (int j = 0; j < dim; j++) {
                    positions[k][j] = centre[j] + steps[k] * mutation.nextGaussian();
                }
            }
            values = counted.evaluate(positions);
            if (keepTrace) {
                trace.add(new Generation(g, Rows.copy(positions), values.clone()));
            }
        }
        return new ContinuousOutcome(Rows.copy(positions), values.clone(), counted.scored(), trace);
    }

    /** Indices of the {@code count} highest values; the lower index wins a tie. */
    private static int[] fittest(double[] values, int count) {
        return IntStream.range(0, values.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> values[i]).reversed())
                .limit(count)
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
