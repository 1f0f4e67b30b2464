package dev.ednag.continuous.peers;

import dev.ednag.continuous.BatchFitness;
import java.util.ArrayList;
import java.util.List;

/** exp(−|x|²): one smooth peak of height 1 at the origin; records every point it scores. */
final class GaussianPeak implements BatchFitness {

    final List<double[]> scored = new ArrayList<>();

    static double at(double[] x) {
        double r2 = 0;
        for (double v : x) {
            r2 += v * v;
        }
        return Math.exp(-r2);
    }

    @Override
    public double[] evaluate(double[][] points) {
        double[] values = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            scored.add(points[i].clone());
            values[i] = at(points[i]);
        }
        return values;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
