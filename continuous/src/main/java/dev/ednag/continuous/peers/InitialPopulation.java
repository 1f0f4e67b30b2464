package dev.ednag.continuous.peers;

import java.util.random.RandomGenerator;

/** The distribution every optimizer starts from: N(0, s²) per coordinate around the origin. */
final class InitialPopulation {

    private InitialPopulation() {}

    /** {@code count} points of dimension {@code dim}, drawn row by row. */
    static double[][] draw(RandomGenerator random, int count, int dim, double scaling) {
        double[][] points = new double[count][dim];
        for (double[] p : points) {
            for (int j = 0; j < dim; j++) {
                p[j] = scaling * random.nextGaussian();
            }
        }
        return points;
    }
}
