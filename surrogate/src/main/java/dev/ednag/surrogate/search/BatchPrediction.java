package dev.ednag.surrogate.search;

import dev.ednag.core.space.Architecture;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.model.Predictor;
import java.util.List;

/** A predictor's mean and sd for a list of architectures, encoded and predicted in one call. */
record BatchPrediction(double[] mean, double[] sd) {

    static BatchPrediction of(Predictor predictor, Encoding encoding, List<Architecture> architectures) {
        int n = architectures.size();
        int d = encoding.dimension();
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            encoding.encode(architectures.get(i), x, i * d);
        }
        double[] mean = new double[n];
        double[] sd = new double[n];
        predictor.predict(x, n, mean, sd);
        return new BatchPrediction(mean, sd);
    }
}
