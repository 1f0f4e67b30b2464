package dev.ednag.neural.proxy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Spearman's ρ and Kendall's τ-b between scores and accuracies, over the pairs where both are
 * finite (ties get their average rank).
 */
public record RankCorrelation(double spearman, double kendall, int n) {

    public static RankCorrelation of(double[] scores, double[] accuracies) {
        if (scores.length != accuracies.length) {
            throw new IllegalArgumentException("scores and accuracies differ in length: " + scores.length + " and "
                    + accuracies.length);
        }
        int n = 0;
        double[] x = new double[scores.length];
        double[] y = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (Double.isFinite(scores[i]) && Double.isFinite(accuracies[i])) {
                x[n] = scores[i];
                y[n] = accuracies[i];
                n++;
            }
        }
        if (n < 3) {
            return new RankCorrelation(Double.NaN, Double.NaN, n);
        }
        x = java.util.Arrays.copyOf(x, n);
        y = java.util.Arrays.copyOf(y, n);
        return new RankCorrelation(new SpearmansCorrelation().correlation(x, y),
                new KendallsCorrelation().correlation(x, y), n);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("spearman", spearman);
        m.put("kendall", kendall);
        m.put("n", n);
        return m;
    }
}
