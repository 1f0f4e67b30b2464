package dev.ednag.core.baseline;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.eval.Objective;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.Neighbourhood;
import dev.ednag.core.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Best-improvement local search with random restarts, as in White et al. 2020 ("Local search is
 * state of the art for NAS benchmarks") and NASLib. The climb starts from the best of
 * {@link LocalSearchConfig#initialSamples()} random architectures. Each iteration evaluates the whole
 * one-position neighbourhood of the current architecture, in a random order, and moves to the best
 * neighbour (the first evaluated on ties) if it is strictly better. Otherwise the current
 * architecture is a local optimum and the climb restarts from one fresh random architecture.
 *
 * <p>The neighbourhood goes to the objective as one batch, so a parallel evaluator can spread it;
 * since every neighbour is evaluated before anything is decided, this queries exactly what
 * evaluating them one by one would, and a budget that runs out mid-neighbourhood cuts it at the same
 * point (the first neighbours in the random order).
 *
 * <p>Needs a {@link CategoricalSpace}. Ends on its {@link RunLimits}, checked between iterations, so
 * it may query up to one neighbourhood more than the maximum. The outcome's final population is the
 * ten best architectures found; its last evaluated population is the last neighbourhood. One step
 * record per neighbourhood.
 */
public final class LocalSearch implements Optimizer {

    private final LocalSearchConfig config;

    public LocalSearch(LocalSearchConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public LocalSearch() {
        this(LocalSearchConfig.defaults());
    }

    public LocalSearchConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "ls";
    }

    @Override
    public Map<String, Object> configuration() {
        return config.toMap();
    }

    @Override
    public OptimizerOutcome run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener) {
        CategoricalSpace categorical = CategoricalSpace.require(space, "local search (ls)");
        return new Run(categorical, objective, random, listener).execute();
    }

    /** The state of one run; never shared between threads. */
    private final class Run {
        private final CategoricalSpace space;
        private final Objective objective;
        private final Goal goal;
        private final StepListener listener;
        private final RandomGenerator initRandom;
        private final RandomGenerator orderRandom;
        private final RandomGenerator restartRandom;
        private final QueryLedger ledger;
        private final BestFew best;

        Run(CategoricalSpace space, Objective objective, RandomStreams random, StepListener listener) {
            this.space = space;
            this.objective = objective;
            this.goal = objective.goal();
            this.listener = listener;
            this.initRandom = random.stream("init");
            this.orderRandom = random.stream("neighbourhood-order");
            this.restartRandom = random.stream("restart");
            this.ledger = new QueryLedger(config.limits(), space.size());
            this.best = new BestFew(goal);
        }

        OptimizerOutcome execute() {
            List<Architecture> initial = new ArrayList<>(config.initialSamples());
            for (int i = 0; i < config.initialSamples(); i++) {
                initial.add(space.sample(initRandom));
            }
            Scored current = bestOf(initial, evaluate(initial));
            List<Architecture> neighbours = List.of();
            int iteration = 0;
            while (!ledger.finished()) {
                neighbours = shuffled(Neighbourhood.of(space, current.architecture()));
                double[] values = evaluate(neighbours);
                listener.onStep(StepStats.of(iteration++, goal, values, 1.0, 1.0));
                Scored challenger = bestOf(neighbours, values);
                if (challenger != null && goal.isBetter(challenger.value(), current.value())) {
                    current = challenger;
                } else { // a local optimum: restart
                    Architecture restart = space.sample(restartRandom);
                    current = new Scored(restart, evaluate(List.of(restart))[0]);
                }
            }
            return new OptimizerOutcome(best.architectures(), neighbours, iteration);
        }

        private double[] evaluate(List<Architecture> architectures) {
            double[] values = objective.evaluate(architectures);
            ledger.recordAll(architectures);
            best.offerAll(architectures, values);
            return values;
        }

        /** The best by value, the first on ties; null for an empty list. */
        private Scored bestOf(List<Architecture> architectures, double[] values) {
            int at = 0;
            for (int i = 1; i < values.length; i++) {
                if (goal.isBetter(values[i], values[at])) {
                    at = i;
                }
            }
            return architectures.isEmpty() ? null : new Scored(architectures.get(at), values[at]);
        }

        private List<Architecture> shuffled(List<Architecture> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = orderRandom.nextInt(i + 1);
                list.set(j, list.set(i, list.get(j)));
            }
            return list;
        }
    }
}
