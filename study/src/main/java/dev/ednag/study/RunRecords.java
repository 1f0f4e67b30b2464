package dev.ednag.study;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.run.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a finished run into its study record. The incumbent after k unique queries is the best
 * search value among the first k evaluations (the first evaluated wins ties), and the reported
 * number is that incumbent's report value, never seen by the optimizer.
 */
public final class RunRecords {

    private RunRecords() {}

    public static RunRecord of(RunKey key, RunContext ctx, RunResult result) {
        Goal searchGoal = ctx.searchGoal();
        List<AnytimePoint> anytime = new ArrayList<>();
        Evaluation incumbent = null;
        Long toOptimum = null;
        long query = 0;
        for (Evaluation e : result.evaluations()) {
            query++;
            if (e.isOk() && !Double.isNaN(e.search())
                    && (incumbent == null || searchGoal.isBetter(e.search(), incumbent.search()))) {
                incumbent = e;
                anytime.add(new AnytimePoint(query, e.report()));
                if (toOptimum == null && ctx.isOptimum(e.report())) {
                    toOptimum = query;
                }
            }
        }
        double search = incumbent == null ? Double.NaN : incumbent.search();
        double report = incumbent == null ? Double.NaN : incumbent.report();
        return new RunRecord(key.optimizer(), key.dataset(), key.budget(), key.seed(), ctx.protocol(), search, report,
                ctx.optimumReport(), regret(report, ctx), ctx.isOptimum(report), result.uniqueArchitectures(),
                toOptimum, result.wallMillis(), anytime);
    }

    /** Distance from the optimum in the report metric's direction; NaN when nothing was found. */
    static double regret(double report, RunContext ctx) {
        if (Double.isNaN(report) || Double.isNaN(ctx.optimumReport())) {
            return Double.NaN;
        }
        double r = ctx.reportGoal() == Goal.MAXIMIZE ? ctx.optimumReport() - report : report - ctx.optimumReport();
        return Math.max(0.0, r);
    }
}
