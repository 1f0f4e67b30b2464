package dev.ednag.core.baseline;

import dev.ednag.core.optimizer.Optimizer;
import java.util.function.Function;

/** The four baselines, each buildable with given run limits and otherwise default settings. */
enum Baseline {
    RS(limits -> new RandomSearch(new RandomSearchConfig(1, limits))),
    REA(limits -> new RegularizedEvolution(new RegularizedEvolutionConfig(10, 3, limits))),
    REINFORCE(limits -> new Reinforce(new ReinforceConfig(0.01, 0.9, limits))),
    LS(limits -> new LocalSearch(new LocalSearchConfig(1, limits)));

    private final Function<RunLimits, Optimizer> factory;

    Baseline(Function<RunLimits, Optimizer> factory) {
        this.factory = factory;
    }

    Optimizer create(RunLimits limits) {
        return factory.apply(limits);
    }

    Optimizer create() {
        return create(RunLimits.defaults());
    }
}
