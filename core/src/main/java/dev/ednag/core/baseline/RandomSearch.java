package dev.ednag.core.baseline;

import dev.ednag.core.eval.Objective;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Random search: uniform sampling without replacement. A space that can list its architectures is
 * shuffled lazily (each draw is one Fisher–Yates swap); any other space is sampled again until the
 * draw is new. Ends when the space is exhausted, after {@link RunLimits#maxEvaluations()} distinct
 * architectures, or after {@link RunLimits#stallLimit()} draws in a row that were all repeats.
 *
 * <p>The outcome's final population is the ten best architectures found; its last
 * evaluated population is the last batch. One step record per batch.
 */
public final class RandomSearch implements Optimizer {

    private final RandomSearchConfig config;

    public RandomSearch(RandomSearchConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public RandomSearch() {
        this(RandomSearchConfig.defaults());
    }

    public RandomSearchConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "rs";
    }

    @Override
    public Map<String, Object> configuration() {
        return config.toMap();
    }

    @Override
    public OptimizerOutcome run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener) {
        QueryLedger ledger = new QueryLedger(config.limits(), space.size());
        Draws draws = new Draws(space, random.stream("sample"), ledger);
        BestFew best = new BestFew(objective.goal());
        List<Architecture> batch = List.of();
        int iteration = 0;
        while (!ledger.finished()) {
            List<Architecture> next = draws.next((int) Math.min(config.batchSize(), ledger.remaining()));
            if (next.isEmpty()) {
                break;
            }
            batch = next;
            double[] values = objective.evaluate(batch);
            best.offerAll(batch, values);
            listener.onStep(StepStats.of(iteration++, objective.goal(), values, 1.0, 1.0));
        }
        return new OptimizerOutcome(best.architectures(), batch, iteration);
    }

    /** Distinct uniform draws; every returned architecture is recorded in the ledger. */
    private static final class Draws {
        private final SearchSpace space;
        private final RandomGenerator random;
        private final QueryLedger ledger;
        private final List<? extends Architecture> listed; // null when the space cannot list itself
        private final int[] order;
        private int drawn;

        Draws(SearchSpace space, RandomGenerator random, QueryLedger ledger) {
            this.space = space;
            this.random = random;
            this.ledger = ledger;
            Optional<List<? extends Architecture>> all = space.enumerate();
            this.listed = all.orElse(null);
            this.order = listed == null ? null : identity(listed.size());
        }

        List<Architecture> next(int count) {
            List<Architecture> out = new ArrayList<>(count);
            while (out.size() < count && !ledger.finished()) {
                Architecture a = listed == null ? space.sample(random) : nextListed();
                if (a == null) {
                    break; // the listing is used up
                }
                if (ledger.record(a)) {
                    out.add(a);
                }
            }
            return out;
        }

        private Architecture nextListed() {
            if (drawn == order.length) {
                return null;
            }
            int pick = drawn + random.nextInt(order.length - drawn);
            int chosen = order[pick];
            order[pick] = order[drawn];
            order[drawn++] = chosen;
            return listed.get(chosen);
        }

        private static int[] identity(int n) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            return a;
        }
    }
}
