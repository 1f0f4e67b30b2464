package dev.ednag.core.baseline;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.eval.Objective;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.optimizer.StepRecord;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.Neighbourhood;
import dev.ednag.core.space.SearchSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Regularized evolution, "aging evolution" (Real et al. 2019), as the NAS-Bench-201 paper runs it.
 * The initial population is P uniform random architectures (repeats allowed; the cache makes them
 * free), evaluated as one batch. Each cycle draws S members uniformly with replacement, as the
 * reference code does; the best of them (the first drawn on ties, unevaluable ones last) is the
 * parent; the child changes exactly one position of the parent to another option (drawn again while
 * invalid; a fresh random architecture if the parent has no valid neighbour); the child is evaluated
 * and joins the population, and the oldest member dies.
 *
 * <p>Needs a {@link CategoricalSpace}. Ends on its {@link RunLimits}; the initial population is always
 * drawn in full. The outcome's populations are the living members, oldest first. One step record
 * for the initial population, then one per cycle.
 */
public final class RegularizedEvolution implements Optimizer {

    private final RegularizedEvolutionConfig config;

    public RegularizedEvolution(RegularizedEvolutionConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public RegularizedEvolution() {
        this(RegularizedEvolutionConfig.defaults());
    }

    public RegularizedEvolutionConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "rea";
    }

    @Override
    public Map<String, Object> configuration() {
        return config.toMap();
    }

    @Override
    public OptimizerOutcome run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener) {
        CategoricalSpace categorical = CategoricalSpace.require(space, "regularized evolution (rea)");
        return new Run(categorical, objective, random, listener).execute();
    }

    /** The state of one run; never shared between threads. */
    private final class Run {
        private final CategoricalSpace space;
        private final Objective objective;
        private final Goal goal;
        private final StepListener listener;
        private final RandomGenerator initRandom;
        private final RandomGenerator selectionRandom;
        private final RandomGenerator mutationRandom;
        private final QueryLedger ledger;
        private final int p = config.population();
        private final Scored[] ring = new Scored[p]; // ring[oldest] is the next to die
        private final Map<Architecture, Integer> alive = new HashMap<>(); // member → copies, for uniqueness
        private int oldest;

        Run(CategoricalSpace space, Objective objective, RandomStreams random, StepListener listener) {
            this.space = space;
            this.objective = objective;
            this.goal = objective.goal();
            this.listener = listener;
            this.initRandom = random.stream("init");
            this.selectionRandom = random.stream("selection");
            this.mutationRandom = random.stream("mutation");
            this.ledger = new QueryLedger(config.limits(), space.size());
        }

        OptimizerOutcome execute() {
            List<Architecture> initial = new ArrayList<>(p);
            for (int i = 0; i < p; i++) {
                initial.add(space.sample(initRandom));
            }
            double[] values = objective.evaluate(initial);
            ledger.recordAll(initial);
            for (int i = 0; i < p; i++) {
                ring[i] = new Scored(initial.get(i), values[i]);
                alive.merge(initial.get(i), 1, Integer::sum);
            }
            int iteration = 0;
            listener.onStep(record(iteration++));
            while (!ledger.finished()) {
                Architecture child = mutate(tournament().architecture());
                double value = objective.evaluate(List.of(child))[0];
                ledger.record(child);
                replaceOldest(new Scored(child, value));
                listener.onStep(record(iteration++));
            }
            List<Architecture> members = members();
            return new OptimizerOutcome(members, members, iteration);
        }

        private Scored tournament() {
            Scored best = ring[selectionRandom.nextInt(p)];
            for (int i = 1; i < config.sampleSize(); i++) {
                Scored candidate = ring[selectionRandom.nextInt(p)];
                if (goal.isBetter(candidate.value(), best.value())) {
                    best = candidate;
                }
            }
            return best;
        }

        private Architecture mutate(Architecture parent) {
            Architecture child = Neighbourhood.random(space, parent, mutationRandom);
            return child != null ? child : space.sample(mutationRandom);
        }

        private void replaceOldest(Scored child) {
            alive.computeIfPresent(ring[oldest].architecture(), (a, n) -> n == 1 ? null : n - 1);
            alive.merge(child.architecture(), 1, Integer::sum);
            ring[oldest] = child;
            oldest = (oldest + 1) % p;
        }

        private List<Architecture> members() {
            List<Architecture> out = new ArrayList<>(p);
            for (int i = 0; i < p; i++) {
                out.add(ring[(oldest + i) % p].architecture());
            }
            return out;
        }

        private StepRecord record(int iteration) {
            double[] values = new double[p];
            for (int i = 0; i < p; i++) {
                values[i] = ring[i].value();
            }
            return StepStats.of(iteration, goal, values, 1.0, (double) alive.size() / p);
        }
    }
}
