package dev.ednag.continuous.peers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The {@code capacity} fittest points offered so far, fittest first. Among equal fitness the point
 * offered first stays ahead, so the result does not depend on how offers are batched.
 */
final class BestSeen {

    private final int capacity;
    private double[][] points = new double[0][];
    private double[] fitness = new double[0];

    BestSeen(int capacity) {
        this.capacity = capacity;
    }

    /** Offers a batch; keeps the batch's own arrays, which the caller must not change afterwards. */
    void offer(double[][] batch, double[] values) {
        int n = points.length + batch.length;
        double[][] allPoints = Arrays.copyOf(points, n);
        double[] allFitness = Arrays.copyOf(fitness, n);
        System.arraycopy(batch, 0, allPoints, points.length, batch.length);
        System.arraycopy(values, 0, allFitness, fitness.length, values.length);
        // Stable sort: the kept points precede the batch, so earlier offers win ties.
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> allFitness[i]).reversed())
                .limit(capacity)
                .mapToInt(Integer::intValue)
                .toArray();
        points = new double[order.length][];
        fitness = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            points[k] = allPoints[order[k]];
            fitness[k] = allFitness[order[k]];
        }
    }

    double[][] points() {
        return Rows.copy(points);
    }

    double[] fitness() {
        return fitness.clone();
    }
}
