package dev.ednag.continuous.problems;

/**
 * The reference's objective wrapper: {@code +f} when minimising, {@code −f} when maximising, and
 * {@code limitValue} for any point with a coordinate outside [−limit, limit]. The reference means
 * the box to be optional but always applies it (its guard tests a function, which is always
 * truthy), so the box is part of every benchmark's landscape and is kept here.
 *
 * @param function   the function wrapped
 * @param maximize   whether the benchmark seeks the function's maxima
 * @param limit      half the side of the box
 * @param limitValue the objective of every point outside the box
 */
public record BoxedObjective(TestFunction function, boolean maximize, double limit, double limitValue) {

    /** The reference's box half-side. */
    public static final double DEFAULT_LIMIT = 4;

    /** The reference's value outside the box for the minimised functions. */
    public static final double MINIMIZING_LIMIT_VALUE = 100;

    /** The reference's value outside the box for the maximised functions. */
    public static final double MAXIMIZING_LIMIT_VALUE = 1e-9;

    public BoxedObjective {
        if (!(limit > 0)) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        if (!Double.isFinite(limitValue)) {
            throw new IllegalArgumentException("limit value must be finite, got " + limitValue);
        }
    }

    /** Minimises {@code function} with the reference's box and out-of-box value. */
    public static BoxedObjective minimizing(TestFunction function) {
        return new BoxedObjective(function, false, DEFAULT_LIMIT, MINIMIZING_LIMIT_VALUE);
    }

    /** Maximises {@code function} with the reference's box and out-of-box value. */
    public static BoxedObjective maximizing(TestFunction function) {
        return new BoxedObjective(function, true, DEFAULT_LIMIT, MAXIMIZING_LIMIT_VALUE);
    }

    /** The objective at {@code x}. */
    public double value(double[] x) {
        for (double xk : x) {
            if (Math.abs(xk) > limit) {
                return limitValue;
            }
        }
        double f = function.value(x);
        return maximize ? -f : f;
    }
}
