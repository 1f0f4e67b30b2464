package dev.ednag.surrogate.search;

import dev.ednag.core.space.Architecture;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.model.Predictor;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Independent Thompson sampling, BANANAS' acquisition: each candidate's score is one draw from
 * N(predicted mean, predicted sd), drawn independently per candidate, and the best scores win.
 */
final class ThompsonSampling {

    private ThompsonSampling() {}

    /** The {@code k} candidates with the highest draws, highest first; the earlier candidate wins ties. */
    static List<Architecture> best(Predictor predictor, Encoding encoding, List<Architecture> candidates, int k,
            RandomGenerator random) {
        int n = candidates.size();
        int d = encoding.dimension();
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            encoding.encode(candidates.get(i), x, i * d);
        }
        double[] mean = new double[n];
        double[] sd = new double[n];
        predictor.predict(x, n, mean, sd);
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = mean[i] + sd[i] * random.nextGaussian();
        }
        return Ranking.top(candidates, score, k);
    }
}
