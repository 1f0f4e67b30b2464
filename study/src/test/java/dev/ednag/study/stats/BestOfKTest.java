package dev.ednag.study.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.core.eval.Goal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BestOfKTest {

    @Test
    void handComputedSmallCase() {
        // Pairs from {1, 2, 3}: {1,2}→2, {1,3}→3, {2,3}→3; mean 8/3. Minimum: 1, 1, 2 → 4/3.
        double[] values = {3, 1, 2};
        assertEquals(8.0 / 3, BestOfK.expectedBest(values, 2, Goal.MAXIMIZE), 1e-15);
        assertEquals(4.0 / 3, BestOfK.expectedBest(values, 2, Goal.MINIMIZE), 1e-15);
        assertEquals(2.0, BestOfK.expectedBest(values, 1, Goal.MAXIMIZE), 1e-15);
        assertEquals(3.0, BestOfK.expectedBest(values, 3, Goal.MAXIMIZE), 0);
    }

    @Test
    void matchesEnumerationOfAllSubsetsWithTies() {
        Random random = new Random(3);
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + random.nextInt(10);
            double[] search = new double[n];
            double[] report = new double[n];
            for (int i = 0; i < n; i++) {
                search[i] = random.nextInt(4); // few distinct values: ties in search are common
                report[i] = random.nextInt(100) / 10.0;
            }
            int k = 1 + random.nextInt(n);
            for (Goal goal : Goal.values()) {
                assertEquals(bruteForce(search, report, k, goal),
                        BestOfK.expectedReportOfBestSearch(search, report, k, goal), 1e-12);
                assertEquals(bruteForce(report, report, k, goal), BestOfK.expectedBest(report, k, goal), 1e-12);
            }
        }
    }

    @Test
    void reproducesTheExactRandomSearchAnchorsOnNb201() {
        // Protocol notes: exact random search, oracle protocol (search = report = 200-epoch test).
        Nb201Benchmark nb201 = Nb201Benchmark.shipped();
        check(nb201, Nb201Dataset.CIFAR10, 93.85, 93.93, 94.04);
        check(nb201, Nb201Dataset.CIFAR100, 71.55, 71.81, 72.24);
        check(nb201, Nb201Dataset.IMAGENET16_120, 45.63, 45.86, 46.19);
    }

    private static void check(Nb201Benchmark nb201, Nb201Dataset dataset, double k100, double k150, double k300) {
        double[] test = nb201.table().column(nb201.metric(dataset, "test").column());
        int[] ks = {100, 150, 300};
        double[] expected = {k100, k150, k300};
        for (int i = 0; i < ks.length; i++) {
            double value = BestOfK.expectedBest(test, ks[i], Goal.MAXIMIZE);
            assertEquals(expected[i], Math.round(value * 100) / 100.0, 1e-9, dataset.id() + " k=" + ks[i] + ": " + value);
        }
        // At k = n every cell is drawn: the expectation is the optimum itself.
        double max = java.util.Arrays.stream(test).max().orElseThrow();
        assertEquals(max, BestOfK.expectedBest(test, test.length, Goal.MAXIMIZE), 1e-9);
        // k = 1000 stays finite and between the k = 300 value and the optimum.
        double k1000 = BestOfK.expectedBest(test, 1000, Goal.MAXIMIZE);
        assertEquals(true, k1000 > k300 && k1000 <= max, "k=1000: " + k1000);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> BestOfK.expectedBest(new double[] {1, 2}, 3, Goal.MAXIMIZE));
        assertThrows(IllegalArgumentException.class, () -> BestOfK.expectedBest(new double[] {1, 2}, 0, Goal.MAXIMIZE));
        assertThrows(IllegalArgumentException.class, () -> BestOfK.expectedBest(new double[] {1, Double.NaN}, 1, Goal.MAXIMIZE));
        assertThrows(IllegalArgumentException.class,
                () -> BestOfK.expectedReportOfBestSearch(new double[2], new double[3], 1, Goal.MAXIMIZE));
    }

    /** Mean over all C(n, k) subsets of the report of the best-by-search member, ties averaged. */
    private static double bruteForce(double[] search, double[] report, int k, Goal goal) {
        int n = search.length;
        double total = 0;
        int subsets = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) != k) {
                continue;
            }
            double best = Double.NaN;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1 && (Double.isNaN(best) || goal.isBetter(search[i], best))) {
                    best = search[i];
                }
            }
            double sum = 0;
            int tied = 0;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1 && search[i] == best) {
                    sum += report[i];
                    tied++;
                }
            }
            total += sum / tied;
            subsets++;
        }
        return total / subsets;
    }
}
