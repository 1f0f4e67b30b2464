package dev.ednag.continuous.problems;

import java.util.List;

/**
 * The four maxima of Ackley's function in the box [−4, 4]², at (±t, ±t). The function is
 * symmetric in each sign and in swapping the coordinates, and a fine search puts its box maximum
 * on the diagonal, where it reads h(t) = −20·exp(−0.2t) − exp(cos 2πt) + 20 + e; t is the root of
 * h′ near 3.614, found by bisection to machine precision.
 */
public final class AckleyBoxMaxima {

    /** The coordinate magnitude t of every maximum. */
    public static final double COORDINATE = diagonalPeak();

    private AckleyBoxMaxima() {}

    /** The four maxima, as fresh arrays. */
    public static List<double[]> points() {
        double t = COORDINATE;
        return List.of(new double[] {t, t}, new double[] {-t, t}, new double[] {-t, -t}, new double[] {t, -t});
    }

    /** The maxima as known optima. */
    public static KnownOptima optima() {
        return new ListedOptima("4 box maxima", points());
    }

    /** The value of the function at each maximum. */
    public static double value() {
        return new Ackley().value(new double[] {COORDINATE, COORDINATE});
    }

    private static double diagonalPeak() {
        // h′ is positive below the peak and negative above it within this bracket.
        double low = 3.55;
        double high = 3.7;
        while (true) {
            double mid = 0.5 * (low + high);
            if (mid <= low || mid >= high) {
                return mid;
            }
            if (diagonalSlope(mid) > 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
    }

    private static double diagonalSlope(double t) {
        double phase = 2 * Math.PI * t;
        return 4 * Math.exp(-0.2 * t) + 2 * Math.PI * Math.sin(phase) * Math.exp(Math.cos(phase));
    }
}
