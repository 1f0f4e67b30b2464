package dev.ednag.study.continuous;

import dev.ednag.study.stats.Summary;
import java.util.List;
import java.util.Optional;

/**
 * One method's runs on one problem, summarised.
 *
 * @param method      the method
 * @param runs        how many runs
 * @param evaluations the median evaluations per run
 * @param fitness     top-64 fitness over runs
 * @param entropy     top-64 entropy over runs, bits
 * @param optima      optima found over runs, empty where the problem lists none
 * @param held        optima held (5 members within 0.5) over runs, empty where the problem lists none
 * @param bestFitness the best ranking fitness over runs
 */
public record MethodSummary(String method, int runs, double evaluations, Summary fitness, Summary entropy,
        Optional<Summary> optima, Optional<Summary> held, Summary bestFitness) {

    /** Summarises {@code runs}, which must all be of {@code method}. */
    public static MethodSummary of(String method, List<OptimizeRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs of " + method);
        }
        int n = runs.size();
        double[] evaluations = new double[n];
        double[] fitness = new double[n];
        double[] entropy = new double[n];
        double[] best = new double[n];
        double[] optima = new double[n];
        double[] held = new double[n];
        boolean listed = true;
        for (int i = 0; i < n; i++) {
            OptimizeRun r = runs.get(i);
            if (!r.method().equals(method)) {
                throw new IllegalArgumentException("a run of " + r.method() + " among " + method + "'s");
            }
            evaluations[i] = r.evaluations();
            fitness[i] = r.top64Fitness();
            entropy[i] = r.top64Entropy();
            best[i] = r.bestFitness();
            listed &= r.optimaFound().isPresent();
            optima[i] = r.optimaFound().orElse(0);
            held[i] = r.optimaHeld().orElse(0);
            listed &= r.optimaHeld().isPresent();
        }
        return new MethodSummary(method, n, Summary.of(evaluations).median(), Summary.of(fitness),
                Summary.of(entropy), listed ? Optional.of(Summary.of(optima)) : Optional.empty(),
                listed ? Optional.of(Summary.of(held)) : Optional.empty(), Summary.of(best));
    }
}
