package dev.ednag.study.report;

import dev.ednag.study.RunRecord;
import java.util.List;

/**
 * The report's tables as one CSV, one row per dataset, budget and optimizer, with full-precision
 * numbers; the paired-test columns compare the row's optimizer with the reference (the first listed
 * at that dataset and budget) and are empty on the reference's own row.
 */
public final class SummaryCsv {

    public static final String FILE = "summary.csv";
    public static final String HEADER = "dataset,budget,optimizer,runs,without_result,report_mean,report_ci95_half_width,"
            + "report_median,regret_mean,regret_ci95_half_width,hits,hit_rate,hit_rate_lo95,hit_rate_hi95,"
            + "queries_to_optimum_median,queries_to_optimum_censored_runs,median_wall_ms,reference,paired_runs,"
            + "mean_regret_difference,w_plus,w_minus,p_value";

    private SummaryCsv() {}

    public static String render(StudyHeader header, List<RunRecord> runs) {
        RunGroups groups = RunGroups.of(header, runs);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (String dataset : groups.datasets()) {
            for (long budget : groups.budgets(dataset)) {
                List<String> optimizers = groups.optimizers(dataset, budget);
                String reference = optimizers.get(0);
                for (String optimizer : optimizers) {
                    List<RunRecord> group = groups.runs(dataset, budget, optimizer);
                    OptimizerStats s = OptimizerStats.of(optimizer, budget, group);
                    csv.append(field(dataset)).append(',').append(budget).append(',').append(field(optimizer))
                            .append(',').append(s.runs()).append(',').append(s.withoutResult())
                            .append(',').append(number(s.report().mean())).append(',').append(number(s.report().halfWidth95()))
                            .append(',').append(number(s.report().median()))
                            .append(',').append(number(s.regret().mean())).append(',').append(number(s.regret().halfWidth95()))
                            .append(',').append(s.hits().hits()).append(',').append(number(s.hits().proportion()))
                            .append(',').append(number(s.hits().lower())).append(',').append(number(s.hits().upper()))
                            // A censored median is beyond the budget: written as empty, the count says why.
                            .append(',').append(s.queriesToOptimum().isCensored() ? "" : number(s.queriesToOptimum().value()))
                            .append(',').append(s.queriesToOptimum().censored())
                            .append(',').append(number(s.medianWallMillis()));
                    if (optimizer.equals(reference)) {
                        csv.append(",,,,,,\n");
                        continue;
                    }
                    PairedComparison c = PairedComparison.of(reference, groups.runs(dataset, budget, reference), optimizer,
                            group, StudyReport.reportGoal(header, dataset));
                    csv.append(',').append(field(reference)).append(',').append(c.pairs())
                            .append(',').append(number(c.meanRegretDifference()))
                            .append(',').append(number(c.test().wPlus())).append(',').append(number(c.test().wMinus()))
                            .append(',').append(number(c.test().pValue())).append('\n');
                }
            }
        }
        return csv.toString();
    }

    /** Shortest round-trip form; empty for NaN so spreadsheets see a missing value. */
    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
