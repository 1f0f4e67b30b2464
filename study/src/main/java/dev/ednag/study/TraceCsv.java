package dev.ednag.study;

import dev.ednag.core.optimizer.StepRecord;
import dev.ednag.core.run.TraceRow;
import java.util.List;

/** Renders a run's trace as CSV, one row per iteration. */
public final class TraceCsv {

    public static final String HEADER = "iteration,t,alpha,alpha_prev,step_best_search,mean_search,valid_rate,uniqueness,"
            + "unique_architectures,lookups,best_search_so_far";

    private TraceCsv() {}

    public static String render(List<TraceRow> trace) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (TraceRow row : trace) {
            StepRecord s = row.step();
            sb.append(s.iteration()).append(',')
                    .append(s.t()).append(',')
                    .append(number(s.alpha())).append(',')
                    .append(number(s.alphaPrev())).append(',')
                    .append(number(s.stepBestSearch())).append(',')
                    .append(number(s.meanSearch())).append(',')
                    .append(number(s.validRate())).append(',')
                    .append(number(s.uniqueness())).append(',')
                    .append(row.uniqueArchitectures()).append(',')
                    .append(row.lookups()).append(',')
                    .append(number(row.bestSearch())).append('\n');
        }
        return sb.toString();
    }

    /** Shortest round-trip form; empty for NaN so spreadsheets see a missing value. */
    static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
