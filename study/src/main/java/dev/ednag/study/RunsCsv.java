package dev.ednag.study;

import java.util.List;

/** {@code runs.csv}: one row per run, the columns every benchmark's study writes. */
public final class RunsCsv {

    public static final String FILE = "runs.csv";
    public static final String HEADER = "optimizer,dataset,budget,seed,protocol,result_search,result_report,"
            + "optimum_report,regret,hit,unique_queries,queries_to_optimum,wall_ms";

    private RunsCsv() {}

    public static String render(List<RunRecord> runs) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (RunRecord r : runs) {
            sb.append(r.optimizer()).append(',')
                    .append(r.dataset()).append(',')
                    .append(r.budget()).append(',')
                    .append(r.seed()).append(',')
                    .append(r.protocol()).append(',')
                    .append(TraceCsv.number(r.resultSearch())).append(',')
                    .append(TraceCsv.number(r.resultReport())).append(',')
                    .append(TraceCsv.number(r.optimumReport())).append(',')
                    .append(TraceCsv.number(r.regret())).append(',')
                    .append(r.hit()).append(',')
                    .append(r.uniqueQueries()).append(',')
                    .append(r.queriesToOptimum() == null ? "" : r.queriesToOptimum().toString()).append(',')
                    .append(r.wallMillis()).append('\n');
        }
        return sb.toString();
    }
}
