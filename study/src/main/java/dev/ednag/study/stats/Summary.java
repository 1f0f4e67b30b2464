package dev.ednag.study.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of a sample, with the 95% confidence interval of the mean by Student t.
 *
 * @param n           sample size
 * @param mean        arithmetic mean; NaN when n = 0
 * @param sd          sample standard deviation (divisor n − 1); NaN when n < 2
 * @param median      median (mean of the two middle values when n is even); NaN when n = 0
 * @param min         smallest value; NaN when n = 0
 * @param max         largest value; NaN when n = 0
 * @param halfWidth95 t_{0.975, n−1} · sd / √n, so the interval is mean ± halfWidth95; NaN when n < 2
 */
public record Summary(int n, double mean, double sd, double median, double min, double max, double halfWidth95) {

    /**
     * Summarises {@code sample}.
     *
     * @throws IllegalArgumentException when a value is NaN or infinite (callers decide what a missing value means)
     */
    public static Summary of(double[] sample) {
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("sample contains " + v);
            }
        }
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        // Sums of deviations from a middle value rather than of raw values: a sample of equal values
        // then has exactly that mean and a zero sd, and accuracies near 94 keep their last digits.
        double shift = sorted[n / 2];
        double sum = 0;
        for (double v : sorted) {
            sum += v - shift;
        }
        double meanDeviation = sum / n;
        double mean = shift + meanDeviation;
        double squares = 0;
        for (double v : sorted) {
            double d = v - shift - meanDeviation;
            squares += d * d;
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double halfWidth = n > 1 ? StudentT.quantile975(n - 1) * sd / Math.sqrt(n) : Double.NaN;
        return new Summary(n, mean, sd, median, sorted[0], sorted[n - 1], halfWidth);
    }

    /** Lower end of the 95% interval of the mean. */
    public double lower95() {
        return mean - halfWidth95;
    }

    /** Upper end of the 95% interval of the mean. */
    public double upper95() {
        return mean + halfWidth95;
    }
}
