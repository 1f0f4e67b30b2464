package dev.ednag.surrogate.search;

import dev.ednag.core.space.Architecture;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.model.Predictor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** The best few candidates by a score, as every acquisition ends. */
final class Ranking {

    private Ranking() {}

    /**
     * The {@code k} candidates that score highest under {@code acquisition} on one batch prediction,
     * highest first; the earlier candidate wins ties. Scores are drawn in candidate order.
     */
    static List<Architecture> byAcquisition(Predictor predictor, Encoding encoding, List<Architecture> candidates,
            int k, Acquisition acquisition, RandomGenerator random) {
        BatchPrediction p = BatchPrediction.of(predictor, encoding, candidates);
        double[] score = new double[candidates.size()];
        for (int i = 0; i < score.length; i++) {
            score[i] = acquisition.score(p.mean()[i], p.sd()[i], random);
        }
        return top(candidates, score, k);
    }

    /** The {@code k} entries with the highest scores, highest first; the earlier entry wins ties. */
    static List<Architecture> top(List<Architecture> entries, double[] score, int k) {
        Integer[] order = new Integer[entries.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        List<Architecture> out = new ArrayList<>(Math.min(k, order.length));
        for (int i = 0; i < Math.min(k, order.length); i++) {
            out.add(entries.get(order[i]));
        }
        return out;
    }
}
