package dev.ednag.continuous;

import java.util.function.ToDoubleFunction;

/**
 * The fitness of points in R^d, higher is better, computed a batch at a time so that an
 * implementation can vectorise or parallelise. Diffusion Evolution needs values that are finite
 * and at least 0 (they weight an average); the peers accept any finite value.
 */
@FunctionalInterface
public interface BatchFitness {

    /**
     * @param points one row per point, each of the problem's dimension; not modified
     * @return one fitness per row
     */
    double[] evaluate(double[][] points);

    /** A batch fitness that scores one point at a time. */
    static BatchFitness pointwise(ToDoubleFunction<double[]> fitness) {
        return points -> {
            double[] values = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                values[i] = fitness.applyAsDouble(points[i]);
            }
            return values;
        };
    }
}
