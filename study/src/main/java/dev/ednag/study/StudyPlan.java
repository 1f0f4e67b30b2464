package dev.ednag.study;

import dev.ednag.benchmarks.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which runs a study makes: every optimizer × dataset × budget × seed under one protocol. Every
 * optimizer gets the same seeds, so results pair up seed by seed.
 */
public record StudyPlan(
        String benchmark, Protocol protocol, List<String> datasets, List<String> optimizers, List<Long> budgets,
        List<Long> seeds) {

    public StudyPlan {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(protocol, "protocol");
        datasets = distinct(datasets, "datasets");
        optimizers = distinct(optimizers, "optimizers");
        budgets = distinct(budgets, "budgets");
        seeds = distinct(seeds, "seeds");
        for (long b : budgets) {
            if (b < 1) {
                throw new IllegalArgumentException("budgets must be at least 1, got " + b);
            }
        }
    }

    private static <T> List<T> distinct(List<T> values, String what) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one of " + what);
        }
        List<T> out = List.copyOf(new LinkedHashSet<>(values));
        if (out.size() != values.size()) {
            throw new IllegalArgumentException(what + " must not repeat, got " + values);
        }
        return out;
    }

    /** The runs in report order: by dataset, then optimizer, budget and seed. */
    public List<RunKey> runs() {
        List<RunKey> out = new ArrayList<>(datasets.size() * optimizers.size() * budgets.size() * seeds.size());
        for (String dataset : datasets) {
            for (String optimizer : optimizers) {
                for (long budget : budgets) {
                    for (long seed : seeds) {
                        out.add(new RunKey(optimizer, dataset, budget, seed));
                    }
                }
            }
        }
        return out;
    }
}
