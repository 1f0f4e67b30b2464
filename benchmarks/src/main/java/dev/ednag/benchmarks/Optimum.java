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
        double[] values = table.column(column);
        double best = Double.NaN;
        List<String> keys = new ArrayList<>();
        for (int row = 0; row < values.length; row++) {
            double v = values[row];
            if (goal.isBetter(v, best)) {
                best = v;
                keys.clear();
                keys.add(table.key(row));
            } else if (v == best) {
                keys.add(table.key(row));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("column '" + column + "' of " + table.source() + " has no values");
        }
        return new Optimum(column, goal, best, keys);
    }

    /** True when {@code value} equals the optimum exactly. */
    public boolean isHitBy(double value) {
        return value == this.value;
    }
}
