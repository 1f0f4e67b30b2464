package dev.ednag.core.baseline;

/**
 * Adam (Kingma and Ba 2015) with PyTorch's default moments on a flat parameter vector. REINFORCE
 * ascends with it because its steps do not depend on the scale of the reward, so one learning rate
 * suits accuracies in percent, fractions and losses alike; the surrogates' networks descend with it.
 * Not thread-safe: one instance per parameter vector being trained.
 */
public final class Adam {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double[] firstMoment;
    private final double[] secondMoment;
    private double beta1Power = 1;
    private double beta2Power = 1;

    public Adam(int size, double learningRate) {
        this.learningRate = learningRate;
        this.firstMoment = new double[size];
        this.secondMoment = new double[size];
    }

    /** Moves {@code parameters} one step up {@code gradient}. */
    public void ascend(double[] parameters, double[] gradient) {
        step(parameters, gradient, learningRate, 0, parameters.length);
    }

    /** Moves {@code parameters} one step down {@code gradient}. */
    public void descend(double[] parameters, double[] gradient) {
        step(parameters, gradient, -learningRate, 0, parameters.length);
    }

    /**
     * Moves only {@code parameters[ranges[2k] .. ranges[2k+1])} one step down {@code gradient}. A
     * parameter whose gradient has always been 0 has zero moments, so Adam would not move it: leaving
     * such parameters out of the ranges gives the same result for less work.
     */
    public void descend(double[] parameters, double[] gradient, int[] ranges) {
        beta1Power *= BETA1;
        beta2Power *= BETA2;
        for (int k = 0; k < ranges.length; k += 2) {
            update(parameters, gradient, -learningRate, ranges[k], ranges[k + 1]);
        }
    }

    private void step(double[] parameters, double[] gradient, double signedRate, int from, int to) {
        beta1Power *= BETA1;
        beta2Power *= BETA2;
        update(parameters, gradient, signedRate, from, to);
    }

    private void update(double[] parameters, double[] gradient, double signedRate, int from, int to) {
        for (int i = from; i < to; i++) {
            double g = gradient[i];
            firstMoment[i] = BETA1 * firstMoment[i] + (1 - BETA1) * g;
            secondMoment[i] = BETA2 * secondMoment[i] + (1 - BETA2) * g * g;
            double m = firstMoment[i] / (1 - beta1Power);
            double v = secondMoment[i] / (1 - beta2Power);
            parameters[i] += signedRate * m / (Math.sqrt(v) + EPSILON);
        }
    }
}
