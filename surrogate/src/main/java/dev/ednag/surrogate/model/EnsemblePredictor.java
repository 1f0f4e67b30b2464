package dev.ednag.surrogate.model;

/**
 * The fitted ensemble: the mean of the members' predictions, and their standard deviation (over the
 * members, divided by their number) as the uncertainty, in the targets' own units.
 */
final class EnsemblePredictor implements Predictor {

    /** Rows predicted per forward pass, so scratch arrays stay small for any number of candidates. */
    private static final int CHUNK = 256;

    private final Mlp[] networks;
    private final int dimension;
    private final Standardizer standardizer;

    EnsemblePredictor(Mlp[] networks, int dimension, Standardizer standardizer) {
        this.networks = networks.clone();
        this.dimension = dimension;
        this.standardizer = standardizer;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void predict(double[] features, int n, double[] mean, double[] sd) {
        Predictions.check(dimension, features, n, mean, sd);
        int k = networks.length;
        double[][] member = new double[k][Math.min(CHUNK, Math.max(n, 1))];
        for (int first = 0; first < n; first += CHUNK) {
            int count = Math.min(CHUNK, n - first);
            for (int i = 0; i < k; i++) {
                networks[i].predict(features, first, count, member[i]);
            }
            for (int r = 0; r < count; r++) {
                double sum = 0;
                for (int i = 0; i < k; i++) {
                    sum += member[i][r];
                }
                double mu = sum / k;
                double squares = 0;
                for (int i = 0; i < k; i++) {
                    double e = member[i][r] - mu;
                    squares += e * e;
                }
                mean[first + r] = standardizer.restoreMean(mu);
                sd[first + r] = standardizer.restoreSd(Math.sqrt(squares / k));
            }
        }
    }
}
