package dev.ednag.benchmarks;

import dev.ednag.core.eval.Goal;
import java.util.Objects;

/**
 * A metric resolved against a table: the name the user asked for (an alias such as {@code valid},
 * or a column name), the table column it maps to, and whether larger or smaller is better.
 */
public record Metric(String name, String column, Goal goal) {

    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(goal, "goal");
    }
}
