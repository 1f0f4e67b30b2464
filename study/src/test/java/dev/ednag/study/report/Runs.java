package dev.ednag.study.report;

import dev.ednag.core.eval.Goal;
import dev.ednag.study.AnytimePoint;
import dev.ednag.study.RunRecord;
import java.util.List;

/** Hand-made run records for report tests (CIFAR-10-like numbers, optimum 94.3733). */
final class Runs {

    static final double OPTIMUM = 94.3733;

    private Runs() {}

    /** A run whose incumbent is {@code report} from its first query on; hits when report is the optimum. */
    static RunRecord run(String optimizer, String dataset, long budget, long seed, double report, long wallMillis) {
        boolean hit = report == OPTIMUM;
        return new RunRecord(optimizer, dataset, budget, seed, "blackbox", report, report, OPTIMUM, OPTIMUM - report, hit,
                budget, hit ? seed : null, wallMillis, List.of(new AnytimePoint(1, report)));
    }

    /** A run with an explicit anytime curve; the last point is the result. */
    static RunRecord curve(String optimizer, long budget, long seed, long uniqueQueries, AnytimePoint... points) {
        double report = points[points.length - 1].report();
        return new RunRecord(optimizer, "cifar10", budget, seed, "blackbox", report, report, OPTIMUM, OPTIMUM - report,
                report == OPTIMUM, uniqueQueries, null, 10, List.of(points));
    }

    static StudyHeader header(List<Anchor> anchors) {
        return new StudyHeader("nb201", "blackbox",
                List.of(new DatasetMetrics("cifar10", "valid (cifar10valid_valid)", "test (cifar10_test)",
                        Goal.MAXIMIZE)),
                "10 seeds, 1..10", List.of(new OptimizerSetup("ednag", "EDNAG, population 30"),
                        new OptimizerSetup("rs", "random search")),
                List.of("synthetic numbers for a test"), 125_000, anchors);
    }
}
