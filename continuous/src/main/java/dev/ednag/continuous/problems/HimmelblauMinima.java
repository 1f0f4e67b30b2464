package dev.ednag.continuous.problems;

import java.util.Arrays;
import java.util.List;

/**
 * Himmelblau's four minima, refined to machine precision. The function is a sum of two squares
 * that vanish together at each minimum, so the minima are the roots of x₁² + x₂ − 11 = 0 and
 * x₁ + x₂² − 7 = 0, found by Newton's method from their well-known approximations.
 */
public final class HimmelblauMinima {

    private static final double[][] APPROXIMATIONS = {
        {3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}};

    private static final List<double[]> POINTS = refineAll();

    private HimmelblauMinima() {}

    /** The four minima, as copies. */
    public static List<double[]> points() {
        return POINTS.stream().map(double[]::clone).toList();
    }

    /** The minima as known optima. */
    public static KnownOptima optima() {
        return new ListedOptima("4 minima", POINTS);
    }

    private static List<double[]> refineAll() {
        return Arrays.stream(APPROXIMATIONS).map(HimmelblauMinima::refine).toList();
    }

    private static double[] refine(double[] start) {
        double x = start[0];
        double y = start[1];
        for (int i = 0; i < 100; i++) {
            double r1 = x * x + y - 11;
            double r2 = x + y * y - 7;
            // Jacobian [[2x, 1], [1, 2y]], inverted by Cramer's rule.
            double det = 4 * x * y - 1;
            double dx = (2 * y * r1 - r2) / det;
            double dy = (2 * x * r2 - r1) / det;
            if (dx == 0 && dy == 0) {
                break;
            }
            x -= dx;
            y -= dy;
        }
        return new double[] {x, y};
    }
}
