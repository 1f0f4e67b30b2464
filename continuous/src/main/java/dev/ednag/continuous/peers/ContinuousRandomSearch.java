package dev.ednag.continuous.peers;

import dev.ednag.continuous.BatchFitness;
import dev.ednag.continuous.ContinuousOptimizer;
import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.continuous.Generation;
import dev.ednag.core.run.RandomStreams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Random search in R^d: G batches of N points, each drawn from N(0, s²) per coordinate, N·G
 * evaluations in all. Nothing it sees changes what it draws.
 *
 * <p>Random search has no population, so its outcome's "final population" is the N fittest points
 * of the whole run, fittest first (earlier draws win ties), ranked by their own fitness. The trace
 * holds the batches as drawn, one generation each.
 */
public final class ContinuousRandomSearch implements ContinuousOptimizer {

    private final PeerBudget budget;

    /**
     * @param population  points per batch (N), also the size of the final population
     * @param generations batches (G)
     * @param scaling     standard deviation s of every coordinate
     */
    public ContinuousRandomSearch(int population, int generations, double scaling) {
        this.budget = new PeerBudget(population, generations, scaling);
    }

    @Override
    public String name() {
        return "rs";
    }

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> m = new LinkedHashMap<>();
        budget.putInto(m);
        return m;
    }

    @Override
    public ContinuousOutcome optimize(BatchFitness fitness, int dim, RandomStreams random, boolean keepTrace) {
        CountingFitness counted = new CountingFitness(fitness);
        RandomGenerator sample = random.stream("rs-sample");
        BestSeen best = new BestSeen(budget.population());
        List<Generation> trace = new ArrayList<>();
        for (int g = 0; g < budget.generations(); g++) {
            double[][] batch = InitialPopulation.draw(sample, budget.population(), dim, budget.scaling());
            double[] values = counted.evaluate(batch);
            if (keepTrace) {
                trace.add(new Generation(g, Rows.copy(batch), values.clone()));
            }
            best.offer(batch, values);
        }
        return new ContinuousOutcome(best.points(), best.fitness(), counted.scored(), trace);
    }
}
