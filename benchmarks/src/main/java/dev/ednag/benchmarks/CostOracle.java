package dev.ednag.benchmarks;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.fitness.RangeFitness;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CostModel;
import dev.ednag.core.space.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * An evaluator of a space's analytic costs: searches and reports one of {@code params} (millions)
 * or {@code flops} (millions of multiply-accumulates), both minimised, and attaches both. This is
 * what a space without an accuracy table can be searched on today; any other {@link Evaluator}
 * plugs in the same way. Stateless, hence thread-safe.
 */
public final class CostOracle implements Evaluator {

    /** The metric names. */
    public static final String PARAMS = "params";
    public static final String FLOPS = "flops";

    /** Architectures drawn to set {@link #fitness()}'s range. */
    private static final int RANGE_SAMPLE = 1_000;

    private final SearchSpace space;
    private final CostModel costs;
    private final String metric;

    /**
     * @throws IllegalArgumentException when the space has no cost model or the metric is not params or flops
     */
    public CostOracle(SearchSpace space, String metric) {
        this.space = Objects.requireNonNull(space, "space");
        this.costs = space.costs().orElseThrow(() -> new IllegalArgumentException("search space '" + space.name()
                + "' has no analytic cost model; search it with a benchmark table or your own evaluator"));
        String m = metric == null ? PARAMS : metric.strip().toLowerCase(Locale.ROOT);
        if (!m.equals(PARAMS) && !m.equals(FLOPS)) {
            throw new IllegalArgumentException("unknown cost metric '" + metric + "' for " + space.name()
                    + "; known: params (millions), flops (millions of multiply-accumulates)");
        }
        this.metric = m;
    }

    /** {@code params} or {@code flops}. */
    public String metric() {
        return metric;
    }

    /** Costs are minimised. */
    public Goal goal() {
        return Goal.MINIMIZE;
    }

    /** What the counts assume, e.g. the input size and number of classes. */
    public String input() {
        return costs.input();
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        List<Evaluation> out = new ArrayList<>(architectures.size());
        for (Architecture a : architectures) {
            double params = costs.paramsMillions(a);
            double flops = costs.flopsMillions(a);
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put(PARAMS, params);
            metrics.put(FLOPS, flops);
            double value = metric.equals(PARAMS) ? params : flops;
            out.add(Evaluation.ok(a.key(), value, value, metrics));
        }
        return out;
    }

    /**
     * EDNAG's fitness for the cost: linear from the largest to the smallest value among
     * {@value #RANGE_SAMPLE} architectures drawn with a fixed seed, so every run of a space uses the
     * same scale whatever its own seed.
     */
    public RangeFitness fitness() {
        SplittableRandom random = new SplittableRandom(0);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < RANGE_SAMPLE; i++) {
            Architecture a = space.sample(random);
            double v = metric.equals(PARAMS) ? costs.paramsMillions(a) : costs.flopsMillions(a);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new RangeFitness(min, max);
    }
}
