package dev.ednag.study.stats;

import java.util.Arrays;

/**
 * The median of a sample in which some observations are only known to exceed a limit (a run that
 * never reached the optimum within its budget): they are treated as +∞. The median itself is then
 * either a number or "censored" (beyond the limit), the latter when a middle value is +∞.
 *
 * @param n        sample size, censored observations included
 * @param censored how many observations were censored
 * @param value    the median (mean of the two middle values for even n); +∞ when censored; NaN when n = 0
 */
public record CensoredMedian(int n, int censored, double value) {

    /** Median of {@code values}, where {@code Double.POSITIVE_INFINITY} marks a censored observation. */
    public static CensoredMedian of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        int censored = 0;
        for (double v : sorted) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("sample contains NaN");
            }
            if (v == Double.POSITIVE_INFINITY) {
                censored++;
            }
        }
        if (n == 0) {
            return new CensoredMedian(0, 0, Double.NaN);
        }
        // ∞ + finite = ∞, so an even-sized sample whose upper middle is censored has a censored median.
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new CensoredMedian(n, censored, median);
    }

    /** True when the median lies beyond the censoring limit. */
    public boolean isCensored() {
        return value == Double.POSITIVE_INFINITY;
    }
}
