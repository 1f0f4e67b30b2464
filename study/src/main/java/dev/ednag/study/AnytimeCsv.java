package dev.ednag.study;

import java.util.List;

/**
 * {@code anytime.csv}: the incumbent's report value after each unique query, per run, written as
 * the points where it changes. The value holds until the run's next row; the last row of a run is
 * its final incumbent, repeated at the run's last query so every run ends on a row.
 */
public final class AnytimeCsv {

    public static final String FILE = "anytime.csv";
    public static final String HEADER = "optimizer,dataset,budget,seed,query,incumbent_report";

    private AnytimeCsv() {}

    public static String render(List<RunRecord> runs) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (RunRecord r : runs) {
            String prefix = r.optimizer() + ',' + r.dataset() + ',' + r.budget() + ',' + r.seed() + ',';
            long last = 0;
            for (AnytimePoint p : r.anytime()) {
                sb.append(prefix).append(p.query()).append(',').append(TraceCsv.number(p.report())).append('\n');
                last = p.query();
            }
            if (!r.anytime().isEmpty() && r.uniqueQueries() > last) {
                sb.append(prefix).append(r.uniqueQueries()).append(',')
                        .append(TraceCsv.number(r.resultReport())).append('\n');
            }
        }
        return sb.toString();
    }
}
