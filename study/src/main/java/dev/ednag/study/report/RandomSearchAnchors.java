package dev.ednag.study.report;

import dev.ednag.core.eval.Goal;
import dev.ednag.study.stats.BestOfK;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Random search computed rather than run: the exact expected report value of the best-by-search
 * of k distinct uniform draws from the table, at each budget of a study and under its own protocol.
 * The cheapest baseline that is fully comparable, and free of sampling noise.
 */
public final class RandomSearchAnchors {

    private RandomSearchAnchors() {}

    /**
     * One anchor per budget.
     *
     * @param dataset    dataset name as in the run records
     * @param protocol   the study's protocol
     * @param search     the search column of the table (rows that cannot be evaluated removed)
     * @param report     the report column, row for row
     * @param searchGoal direction of the search column
     * @param setting    e.g. {@code search = valid, report = test, all 15,625 cells}
     * @param budgets    budgets to compute, each at most the number of rows
     */
    public static List<Anchor> exact(String dataset, String protocol, double[] search, double[] report, Goal searchGoal,
            String setting, long... budgets) {
        List<Anchor> anchors = new ArrayList<>();
        for (long budget : budgets) {
            double value = BestOfK.expectedReportOfBestSearch(search, report, Math.toIntExact(budget), searchGoal);
            anchors.add(new Anchor(dataset, budget, "random search, exact expectation",
                    String.format(Locale.ROOT, "%.3f", value), protocol, setting + "; best of " + budget
                            + " distinct rows drawn without replacement", "computed by ednag on the same table"));
        }
        return anchors;
    }
}
