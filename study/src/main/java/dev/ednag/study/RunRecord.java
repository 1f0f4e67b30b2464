package dev.ednag.study;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one study run, one row of {@code runs.csv}: which optimizer on which dataset
 * with which budget and seed, what it found and how fast.
 *
 * @param optimizer        study name of the optimizer, e.g. {@code ednag} or {@code rea}
 * @param dataset          dataset (task) name
 * @param budget           unique-architecture budget
 * @param seed             the run's seed; the same seeds are used for every optimizer, so runs pair up
 * @param protocol         {@code oracle} or {@code blackbox}
 * @param resultSearch     search value of the incumbent (the best search value found); NaN when none
 * @param resultReport     report value of the incumbent; NaN when none
 * @param optimumReport    best report value in the table
 * @param regret           distance from the optimum in the report metric's direction (≥ 0)
 * @param hit              the incumbent's report value equals the optimum (by value)
 * @param uniqueQueries    distinct architectures evaluated
 * @param queriesToOptimum unique queries after which the incumbent first hit the optimum; null when never
 * @param wallMillis       wall-clock time of the run
 * @param anytime          the incumbent's change points, in query order
 */
public record RunRecord(
        String optimizer, String dataset, long budget, long seed, String protocol, double resultSearch,
        double resultReport, double optimumReport, double regret, boolean hit, long uniqueQueries,
        Long queriesToOptimum, long wallMillis, List<AnytimePoint> anytime) {

    public RunRecord {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(protocol, "protocol");
        anytime = List.copyOf(anytime);
    }

    /** The incumbent's report value after {@code query} unique queries; NaN before the first point. */
    public double reportAt(long query) {
        double value = Double.NaN;
        for (AnytimePoint p : anytime) {
            if (p.query() > query) {
                break;
            }
            value = p.report();
        }
        return value;
    }
}
