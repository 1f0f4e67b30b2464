package dev.ednag.core.baseline;

/**
 * Adam (Kingma and Ba 2015) with PyTorch's default moments, as gradient <em>ascent</em> on a flat
 * parameter vector. REINFORCE uses it because its steps do not depend on the scale of the reward,
 * so one learning rate suits accuracies in percent, fractions and losses alike.
 */
final class Adam {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double[] firstMoment;
    private final double[] secondMoment;
    private double beta1Power = 1;
    private double beta2Power = 1;

    Adam(int size, double learningRate) {
        this.learningRate = learningRate;
        this.firstMoment = new double[size];
        this.secondMoment = new double[size];
    }

    /** Moves {@code parameters} one step up {@code gradient}. */
    void ascend(double[] parameters, double[] gradient) {
        beta1Power *= BETA1;
        beta2Power *= BETA2;
        for (int i = 0; i < parameters.length; i++) {
            double g = gradient[i];
            firstMoment[i] = BETA1 * firstMoment[i] + (1 - BETA1) * g;
            secondMoment[i] = BETA2 * secondMoment[i] + (1 - BETA2) * g * g;
            double m = firstMoment[i] / (1 - beta1Power);
            double v = secondMoment[i] / (1 - beta2Power);
            parameters[i] += learningRate * m / (Math.sqrt(v) + EPSILON);
        }
    }
}
