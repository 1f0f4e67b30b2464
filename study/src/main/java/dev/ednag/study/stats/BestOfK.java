package dev.ednag.study.stats;

import dev.ednag.core.eval.Goal;
import java.util.Arrays;

/**
 * Exact expectations for random search on a finite table: k architectures drawn uniformly without
 * replacement (k distinct queries), the incumbent being the best drawn by a search column.
 *
 * <p>With the search values sorted best-last, let F(m) = C(m, k) / C(n, k) be the probability that
 * all k draws fall among the m worst. A group of g equal search values with b values below it holds
 * the incumbent with probability F(b + g) − F(b), and by symmetry each member of the group is then
 * equally likely to be the one chosen (a uniformly random tie-break, which is what first-seen amounts
 * to when the order of draws is random), so the group contributes its mean report value. F is built
 * downwards from F(n) = 1 with F(m − 1) = F(m) · (m − k) / m, which neither overflows nor loses
 * digits at n = 15,625 and k = 1000, unlike the binomial coefficients themselves.
 */
public final class BestOfK {

    private BestOfK() {}

    /** E[best of k distinct uniform draws from {@code values}], best meaning max or min per {@code goal}. */
    public static double expectedBest(double[] values, int k, Goal goal) {
        return expectedReportOfBestSearch(values, values, k, goal);
    }

    /**
     * E[report value of the draw with the best search value] over k distinct uniform draws; ties in
     * search are broken uniformly at random.
     *
     * @param search     the column the incumbent is chosen by
     * @param report     the column reported, row for row with {@code search}
     * @param k          draws, 1 ≤ k ≤ n
     * @param searchGoal direction of the search column
     * @throws IllegalArgumentException for mismatched lengths, k out of range, or NaN values
     */
    public static double expectedReportOfBestSearch(double[] search, double[] report, int k, Goal searchGoal) {
        int n = search.length;
        if (report.length != n) {
            throw new IllegalArgumentException("search and report columns differ in length: " + n + " vs " + report.length);
        }
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("need 1 <= k <= n = " + n + ", got k = " + k);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(search[i]) || Double.isNaN(report[i])) {
                throw new IllegalArgumentException("row " + i + " has NaN; drop unevaluable rows first");
            }
            order[i] = i;
        }
        // Worst first, in the search column's own direction.
        Arrays.sort(order, (a, b) -> Double.compare(searchGoal.toMaximized(search[a]), searchGoal.toMaximized(search[b])));
        double[] allBelow = allDrawsAmongWorst(n, k);
        double expectation = 0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && search[order[end]] == search[order[start]]) {
                end++;
            }
            double probability = allBelow[end] - allBelow[start];
            if (probability > 0) {
                double groupReport = 0;
                for (int i = start; i < end; i++) {
                    groupReport += report[order[i]];
                }
                expectation += probability * groupReport / (end - start);
            }
            start = end;
        }
        return expectation;
    }

    /** F(m) = C(m, k) / C(n, k) for m = 0..n: the chance that k distinct draws all land in the m worst. */
    static double[] allDrawsAmongWorst(int n, int k) {
        double[] f = new double[n + 1];
        f[n] = 1.0;
        for (int m = n; m > k; m--) {
            f[m - 1] = f[m] * (m - k) / m;
        }
        return f;
    }
}
