package dev.ednag.surrogate.model;

/**
 * Maps targets to zero mean and unit spread (weighted, as the training set weighs them) and back, so
 * that one learning rate and one set of kernel scales suit accuracies in percent, fractions and
 * losses alike. A constant target gets unit scale, so it maps to 0 without dividing by zero.
 */
record Standardizer(double mean, double scale) {

    static Standardizer of(TrainingSet data) {
        double sd = data.targetSd();
        return new Standardizer(data.targetMean(), sd > 0 ? sd : 1.0);
    }

    double[] apply(double[] targets) {
        double[] out = new double[targets.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (targets[i] - mean) / scale;
        }
        return out;
    }

    double restoreMean(double standardized) {
        return mean + scale * standardized;
    }

    double restoreSd(double standardized) {
        return scale * standardized;
    }
}
