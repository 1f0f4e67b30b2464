package dev.ednag.study.report;

import dev.ednag.study.RunRecord;
import dev.ednag.study.stats.CensoredMedian;
import dev.ednag.study.stats.Summary;
import dev.ednag.study.stats.WilsonInterval;
import java.util.List;

/**
 * What a study reports for one optimizer on one dataset at one budget.
 *
 * @param optimizer         optimizer name
 * @param budget            unique-query budget
 * @param runs              number of runs
 * @param withoutResult     runs that found no evaluable architecture (left out of the two summaries)
 * @param report            the incumbents' report values
 * @param regret            the runs' regrets
 * @param hits              runs that hit the table optimum, with the Wilson interval
 * @param queriesToOptimum  median unique queries to the optimum, runs that never hit it censored at the budget
 * @param medianWallMillis  median wall time of a run
 */
public record OptimizerStats(String optimizer, long budget, int runs, int withoutResult, Summary report, Summary regret,
        WilsonInterval hits, CensoredMedian queriesToOptimum, double medianWallMillis) {

    /** Statistics of {@code runs}, all of {@code optimizer} at {@code budget} on one dataset. */
    public static OptimizerStats of(String optimizer, long budget, List<RunRecord> runs) {
        int n = runs.size();
        double[] report = runs.stream().mapToDouble(RunRecord::resultReport).filter(Double::isFinite).toArray();
        double[] regret = runs.stream().mapToDouble(RunRecord::regret).filter(Double::isFinite).toArray();
        long hits = runs.stream().filter(RunRecord::hit).count();
        double[] toOptimum = runs.stream()
                .mapToDouble(r -> r.queriesToOptimum() == null ? Double.POSITIVE_INFINITY : r.queriesToOptimum())
                .toArray();
        double[] wall = runs.stream().mapToDouble(RunRecord::wallMillis).toArray();
        return new OptimizerStats(optimizer, budget, n, n - report.length, Summary.of(report), Summary.of(regret),
                WilsonInterval.of(hits, n), CensoredMedian.of(toOptimum), Summary.of(wall).median());
    }
}
