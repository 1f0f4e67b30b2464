package dev.ednag.study.report;

import dev.ednag.study.RunRecord;
import dev.ednag.study.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The incumbent's report value against unique queries, averaged over a set of runs (the seeds of
 * one optimizer at one budget), with a 95% band for the mean.
 *
 * <p>A run that stopped before a query count (an optimizer that ends below its budget) keeps its
 * final incumbent there, as a user would; the curve ends at the largest query count any run reached.
 * Runs without an incumbent yet at a count are left out of that point, so {@code runs} can be below
 * the number of runs at the very start.
 *
 * @param label  legend name, usually the optimizer
 * @param budget the runs' budget
 * @param points the curve on {@link QueryGrid#upTo} the largest query count reached
 */
public record AnytimeCurve(String label, long budget, List<Point> points) {

    /**
     * One point of the curve.
     *
     * @param query unique queries
     * @param runs  runs with an incumbent after {@code query} queries
     * @param mean  mean incumbent report value over those runs
     * @param lower lower end of the 95% t interval of the mean; NaN when runs < 2
     * @param upper upper end; NaN when runs < 2
     */
    public record Point(long query, int runs, double mean, double lower, double upper) {}

    public AnytimeCurve {
        Objects.requireNonNull(label, "label");
        points = List.copyOf(points);
    }

    /** The curve of {@code runs} (all at one budget), named {@code label}. */
    public static AnytimeCurve of(String label, List<RunRecord> runs) {
        long last = 0;
        long budget = 0;
        for (RunRecord run : runs) {
            last = Math.max(last, run.uniqueQueries());
            budget = Math.max(budget, run.budget());
        }
        List<Point> points = new ArrayList<>();
        for (long query : QueryGrid.upTo(last)) {
            double[] values = runs.stream().mapToDouble(r -> r.reportAt(query)).filter(Double::isFinite).toArray();
            if (values.length == 0) {
                continue;
            }
            Summary s = Summary.of(values);
            points.add(new Point(query, s.n(), s.mean(), s.lower95(), s.upper95()));
        }
        return new AnytimeCurve(label, budget, points);
    }
}
