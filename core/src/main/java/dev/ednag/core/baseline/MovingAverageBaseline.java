package dev.ednag.core.baseline;

/**
 * The reward baseline of REINFORCE: an exponential moving average, divided by the total weight so
 * far so that early values are not pulled towards 0 (the bias correction of NAS-Bench-201's code).
 */
final class MovingAverageBaseline {

    private final double momentum;
    private double weightedSum;
    private double totalWeight;

    MovingAverageBaseline(double momentum) {
        this.momentum = momentum;
    }

    void update(double reward) {
        weightedSum = momentum * weightedSum + (1 - momentum) * reward;
        totalWeight = momentum * totalWeight + (1 - momentum);
    }

    /** The average so far; NaN before the first update. */
    double value() {
        return totalWeight == 0 ? Double.NaN : weightedSum / totalWeight;
    }
}
