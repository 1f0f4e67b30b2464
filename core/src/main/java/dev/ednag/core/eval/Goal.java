package dev.ednag.core.eval;

/** Whether larger or smaller values of a metric are better. */
public enum Goal {
    MAXIMIZE,
    MINIMIZE;

    /** True when {@code a} is strictly better than {@code b}; NaN is never better. */
    public boolean isBetter(double a, double b) {
        if (Double.isNaN(a)) {
            return false;
        }
        if (Double.isNaN(b)) {
            return true;
        }
        return this == MAXIMIZE ? a > b : a < b;
    }

    /** The other direction. */
    public Goal opposite() {
        return this == MAXIMIZE ? MINIMIZE : MAXIMIZE;
    }

    /** Converts a value so that larger is better (identity for MAXIMIZE, negation for MINIMIZE). */
    public double toMaximized(double value) {
        return this == MAXIMIZE ? value : -value;
    }
}
