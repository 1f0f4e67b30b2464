package dev.ednag.study.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.core.eval.Goal;
import dev.ednag.study.stats.BestOfK;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PublishedAnchorsTest {

    @Test
    void copiedExactRandomSearchNumbersAgreeWithTheComputation() {
        Nb201Benchmark nb201 = Nb201Benchmark.shipped();
        List<Anchor> exact = PublishedAnchors.nb201().stream()
                .filter(a -> a.method().equals("random search, exact expectation")).toList();
        assertEquals(9, exact.size());
        for (Anchor a : exact) {
            double[] test = nb201.table().column(nb201.metric(Nb201Dataset.parse(a.dataset()), "test").column());
            double value = BestOfK.expectedBest(test, (int) a.budget(), Goal.MAXIMIZE);
            assertEquals(String.format(Locale.ROOT, "%.2f", value), a.value(), a.toString());
        }
    }

    @Test
    void everyNb201DatasetHasAnchorsAtTheMatchedBudgets() {
        for (Nb201Dataset dataset : Nb201Dataset.values()) {
            for (long budget : new long[] {100, 150}) {
                // exact RS, reference EDNAG anytime, four NB201-paper baselines
                assertEquals(6, count(dataset.id(), budget), dataset.id() + " " + budget);
            }
            assertEquals(2, count(dataset.id(), 300));
            assertEquals(1, count(dataset.id(), 0));
            assertEquals(0, count(dataset.id(), 1000));
        }
        assertTrue(PublishedAnchors.forBenchmark("nb101-sample").isEmpty());
        assertEquals(21, PublishedAnchors.forBenchmark("tnb101-micro").size(), "best, EDNAG and REA for 7 tasks");
        assertEquals(14, PublishedAnchors.forBenchmark("tnb101-macro").size(), "the paper has no macro REA row");
        assertEquals(PublishedAnchors.nb201(), PublishedAnchors.forBenchmark("nb201 (user table x.csv)"));
    }

    private static long count(String dataset, long budget) {
        return PublishedAnchors.nb201().stream().filter(a -> a.dataset().equals(dataset) && a.budget() == budget).count();
    }
}
