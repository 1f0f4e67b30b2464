package dev.ednag.benchmarks;

import dev.ednag.core.eval.Goal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The best value of a table column and every architecture attaining it. Ties are decided by exact
 * value, as the table stores it: on NB201 two CIFAR-10 cells share the test optimum 94.3733, and a
 * run that finds either has hit the optimum.
 */
public record Optimum(String column, Goal goal, double value, List<String> keys) {

    public Optimum {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(goal, "goal");
        keys = List.copyOf(keys);
    }

    /**
     * Scans {@code column} of {@code table}, skipping missing values.
     *
     * @throws IllegalArgumentException for an unknown column or one with no values at all
     */
    public static Optimum of(MetricTable table, String column, Goal goal) {
        return among(table, table.keys(), column, goal);
    }

    /**
     * The optimum over the rows of {@code keys} only, e.g. the architectures a restricted space can
     * reach; missing values are skipped.
     *
     * @throws IllegalArgumentException for an unknown column or key, or when those rows have no values
     */
    public static Optimum among(MetricTable table, Iterable<String> keys, String column, Goal goal) {
        double best = Double.NaN;
        List<String> bestKeys = new ArrayList<>();
        for (String key : keys) {
            int row = table.row(key);
            if (row < 0) {
                throw new IllegalArgumentException("no row '" + key + "' in " + table.source());
            }
            double v = table.value(column, row);
            if (goal.isBetter(v, best)) {
                best = v;
                bestKeys.clear();
                bestKeys.add(key);
            } else if (v == best) {
                bestKeys.add(key);
            }
        }
        if (bestKeys.isEmpty()) {
            throw new IllegalArgumentException("column '" + column + "' of " + table.source() + " has no values");
        }
        return new Optimum(column, goal, best, bestKeys);
    }

    /** True when {@code value} equals the optimum exactly. */
    public boolean isHitBy(double value) {
        return value == this.value;
    }
}
