package dev.ednag.continuous.peers;

import dev.ednag.continuous.BatchFitness;

/**
 * The run's fitness, counting every point it scores so that a run reports what it spent rather
 * than what it planned (CMA-ES, for one, scores points its generations do not show).
 */
final class CountingFitness implements BatchFitness {

    private final BatchFitness fitness;
    private long scored;

    CountingFitness(BatchFitness fitness) {
        this.fitness = fitness;
    }

    @Override
    public double[] evaluate(double[][] points) {
        double[] values = fitness.evaluate(points);
        scored += points.length;
        if (values.length != points.length) {
            throw new IllegalStateException(points.length + " points scored but " + values.length + " values returned");
        }
        for (double v : values) {
            // Rankings and CMA-ES's updates go silently wrong on NaN or infinities: fail where it starts.
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("fitness must be finite, got " + v);
            }
        }
        return values;
    }

    /** Points scored so far. */
    long scored() {
        return scored;
    }
}
